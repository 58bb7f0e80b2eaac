// Text boxes marked data-text-input keep typing in the browser: nothing goes to the server per keystroke. A box
// commits with one change event (which the component listens to) when the person pauses for data-commit-delay
// milliseconds, presses Enter in a one-line box, or leaves it; the same text is never committed twice in a row.
const committed = new WeakMap();
const timers = new WeakMap();

function boxOf(target) {
    return target instanceof HTMLElement && target.matches('[data-text-input]') && !target.readOnly ? target : null;
}

function cancel(box) {
    clearTimeout(timers.get(box));
    timers.delete(box);
}

function commit(box) {
    cancel(box);
    if (!box.isConnected || committed.get(box) === box.value) {
        return;
    }
    committed.set(box, box.value);
    box.dispatchEvent(new Event('change', { bubbles: true }));
}

function onFocusIn(event) {
    const box = boxOf(event.target);
    if (box && !committed.has(box)) {
        committed.set(box, box.value);
    }
}

function onInput(event) {
    const box = boxOf(event.target);
    const delay = Number(box?.dataset.commitDelay);
    if (!box || !delay) {
        return;
    }
    cancel(box);
    timers.set(box, setTimeout(() => commit(box), delay));
}

function onKeyDown(event) {
    const box = boxOf(event.target);
    if (box && event.key === 'Enter' && box.tagName === 'INPUT') {
        commit(box);
    }
}

// The browser's own change (on leaving the box) goes on only when it carries text not yet committed.
function onChange(event) {
    const box = boxOf(event.target);
    if (!box || !event.isTrusted) {
        return;
    }
    cancel(box);
    if (committed.get(box) === box.value) {
        event.stopPropagation();
        return;
    }
    committed.set(box, box.value);
}

// On the window, capturing, so a repeated change is stopped before Blazor's listener on the document sees it.
window.addEventListener('focusin', onFocusIn, true);
window.addEventListener('input', onInput, true);
window.addEventListener('keydown', onKeyDown, true);
window.addEventListener('change', onChange, true);

// Inserts text at the caret of the field's input or text area, in the browser, and commits the box's new text
// through its own change event; returns the new text, or null when the field has no input.
export function insertAtCursor(container, text) {
    const input = container?.querySelector('textarea, input');
    if (!input) {
        return null;
    }
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    input.value = input.value.slice(0, start) + text + input.value.slice(end);
    commit(input);
    const caret = start + text.length;
    input.focus();
    input.setSelectionRange(caret, caret);
    return input.value;
}

// Scrolls a field's data picker into view inside the side panel once it opens.
export function reveal(container) {
    container?.parentElement?.querySelector('.data-picker')?.scrollIntoView({ block: 'nearest' });
}
