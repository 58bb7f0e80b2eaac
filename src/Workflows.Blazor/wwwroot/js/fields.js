// Inserts text at the caret of the field's input or text area, in the browser, and returns the new value
// so the server commits it once; null when the field has no input.
export function insertAtCursor(container, text) {
    const input = container?.querySelector('textarea, input');
    if (!input) {
        return null;
    }
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    input.value = input.value.slice(0, start) + text + input.value.slice(end);
    const caret = start + text.length;
    input.focus();
    input.setSelectionRange(caret, caret);
    return input.value;
}

// Scrolls a field's data picker into view inside the side panel once it opens.
export function reveal(container) {
    container?.parentElement?.querySelector('.data-picker')?.scrollIntoView({ block: 'nearest' });
}
