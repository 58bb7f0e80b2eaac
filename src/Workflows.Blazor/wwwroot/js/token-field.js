// Token fields (data-token-field): text with each {{path}} shown as a chip, edited entirely in the browser. The text a box
// holds is its words plus each chip's data-tag, exactly as stored; it is committed with one change event (box.value carries
// it) after a pause of data-commit-delay milliseconds, when the box is left, on Enter in a one-line box, and at once after a
// chip is inserted or text pasted. Nothing but plain text and chips ever enters a box: pasted and dropped HTML arrives as its
// text, and formatting commands are refused, so customer data can never become markup.
import { insertAtCursor } from './fields.js';

export { reveal } from './fields.js';

const committed = new WeakMap();
const timers = new WeakMap();
const carets = new WeakMap();
const pendingCarets = new Map();

function boxOf(node) {
    const element = node instanceof Element ? node : node?.parentElement;
    const box = element?.closest('[data-token-field]');
    return box?.isContentEditable ? box : null;
}

function isChip(node) {
    return node instanceof HTMLElement && node.dataset.tag !== undefined;
}

// The text of a box, or of a piece of one cut out of it: a browser's trailing <br> (which only shows a last empty line) is
// not a line of the text; a block the browser made stands for a new line.
function textOf(root, box) {
    let text = '';
    const walk = parent => {
        for (const node of parent.childNodes) {
            if (node.nodeType === Node.TEXT_NODE) {
                text += node.data;
            } else if (isChip(node)) {
                text += node.dataset.tag;
            } else if (node.nodeName === 'BR') {
                if (node !== box?.lastChild) {
                    text += '\n';
                }
            } else if (node.nodeType === Node.ELEMENT_NODE) {
                if ((node.nodeName === 'DIV' || node.nodeName === 'P') && text && !text.endsWith('\n')) {
                    text += '\n';
                }
                walk(node);
            }
        }
    };
    walk(root);
    return text;
}

function rangeIn(box) {
    const selection = getSelection();
    const range = selection.rangeCount ? selection.getRangeAt(0) : null;
    return range && box.contains(range.startContainer) && box.contains(range.endContainer) ? range : null;
}

function select(range) {
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
}

function endOf(box) {
    const range = document.createRange();
    range.selectNodeContents(box);
    if (box.lastChild?.nodeName === 'BR') {
        range.setEndBefore(box.lastChild);
    }
    range.collapse(false);
    return range;
}

// Where the caret last was in a box, kept as offsets into its text rather than as a live range: the browser moves a live
// range to the start of the box when the nodes it sat in are replaced, which put a chip picked from the data picker
// before the words typed just ahead of it.
function lastCaret(box) {
    const caret = carets.get(box);
    if (!caret) {
        return null;
    }
    const range = rangeAt(box, caret.start);
    if (caret.end !== caret.start) {
        const end = rangeAt(box, caret.end);
        range.setEnd(end.startContainer, end.startOffset);
    }
    return range;
}

function rememberCaret(box) {
    const caret = caretIn(box);
    if (caret) {
        carets.set(box, caret);
    }
}

// A text that ends in a new line needs a <br> after it for its last, empty line to show.
function keepLastLine(box) {
    if (textOf(box, box).endsWith('\n') && box.lastChild?.nodeName !== 'BR') {
        box.appendChild(document.createElement('br'));
    }
}

function cancel(box) {
    clearTimeout(timers.get(box));
    timers.delete(box);
}

function remember(box) {
    if (!committed.has(box)) {
        committed.set(box, box.dataset.text ?? textOf(box, box));
    }
}

function commit(box) {
    cancel(box);
    const text = textOf(box, box);
    if (!box.isConnected || committed.get(box) === text) {
        return;
    }
    committed.set(box, text);
    box.value = text;
    box.dataset.text = text;
    box.dispatchEvent(new Event('change', { bubbles: true }));
}

function changed(box) {
    remember(box);
    keepLastLine(box);
    cancel(box);
    timers.set(box, setTimeout(() => commit(box), Number(box.dataset.commitDelay) || 300));
}

function insertNode(box, node, range) {
    range ??= rangeIn(box) ?? lastCaret(box) ?? endOf(box);
    range.deleteContents();
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    select(range);
    changed(box);
}

function insertText(box, text) {
    let plain = text.replace(/\r\n?/g, '\n');
    if (!box.dataset.multiline) {
        plain = plain.replace(/\n/g, ' ');
    }
    if (plain) {
        insertNode(box, document.createTextNode(plain));
    }
}

// The node the caret touches on one side, stepping over empty text; null when a character of text is there.
function beside(range, backwards) {
    let node = range.startContainer;
    let offset = range.startOffset;
    if (node.nodeType === Node.TEXT_NODE) {
        if (backwards ? offset > 0 : offset < node.data.length) {
            return null;
        }
        let next = backwards ? node.previousSibling : node.nextSibling;
        while (next?.nodeType === Node.TEXT_NODE && next.data.length === 0) {
            next = backwards ? next.previousSibling : next.nextSibling;
        }
        return next;
    }
    let next = backwards ? node.childNodes[offset - 1] : node.childNodes[offset];
    while (next?.nodeType === Node.TEXT_NODE && next.data.length === 0) {
        next = backwards ? next.previousSibling : next.nextSibling;
    }
    return next ?? null;
}

function offsetOf(box, node, offset) {
    const before = document.createRange();
    before.selectNodeContents(box);
    before.setEnd(node, offset);
    return textOf(before.cloneContents(), null).length;
}

// The selection in a box as offsets into its text, or null when it is elsewhere.
function caretIn(box) {
    const range = rangeIn(box);
    if (!range) {
        return null;
    }
    const start = offsetOf(box, range.startContainer, range.startOffset);
    return { start, end: range.collapsed ? start : offsetOf(box, range.endContainer, range.endOffset) };
}

// A collapsed range at an offset into a box's text; an offset that falls inside a chip lands after it.
function rangeAt(box, offset) {
    let left = offset;
    for (const node of box.childNodes) {
        if (left <= 0 && node.nodeType !== Node.TEXT_NODE) {
            const range = document.createRange();
            range.setStartBefore(node);
            range.collapse(true);
            return range;
        }
        const length = node.nodeType === Node.TEXT_NODE ? node.data.length
            : isChip(node) ? node.dataset.tag.length
                : node.nodeName === 'BR' ? (node === box.lastChild ? 0 : 1) : node.textContent.length;
        if (node.nodeType === Node.TEXT_NODE && left <= length) {
            const range = document.createRange();
            range.setStart(node, left);
            range.collapse(true);
            return range;
        }
        left -= length;
        if (left <= 0) {
            const range = document.createRange();
            range.setStartAfter(node);
            range.collapse(true);
            return range;
        }
    }
    return endOf(box);
}

function onFocusIn(event) {
    const box = boxOf(event.target);
    if (box) {
        remember(box);
    }
}

function onFocusOut(event) {
    const box = boxOf(event.target);
    if (box) {
        rememberCaret(box);
        commit(box);
    }
}

function chipAround(node, box) {
    const element = node instanceof Element ? node : node?.parentElement;
    const chip = element?.closest('[data-tag]');
    return chip && box.contains(chip) ? chip : null;
}

function caretAfter(chip) {
    const range = document.createRange();
    range.setStartAfter(chip);
    range.collapse(true);
    return range;
}

// A caret never rests inside a chip, where typing would go nowhere: it moves after it.
function onSelectionChange() {
    const selection = getSelection();
    const range = selection.rangeCount ? selection.getRangeAt(0) : null;
    const box = range && boxOf(range.startContainer);
    if (!box) {
        return;
    }
    const chip = range.collapsed ? chipAround(range.startContainer, box) : null;
    if (chip) {
        select(caretAfter(chip));
        return;
    }
    rememberCaret(box);
}

// A click on a chip puts the caret after it, in the box.
function onMouseDown(event) {
    const box = boxOf(event.target);
    const chip = box && chipAround(event.target, box);
    if (!chip || event.button !== 0) {
        return;
    }
    event.preventDefault();
    box.focus({ preventScroll: true });
    select(caretAfter(chip));
}

function onBeforeInput(event) {
    const box = boxOf(event.target);
    if (!box) {
        return;
    }
    if (event.inputType.startsWith('format') || event.inputType === 'insertParagraph' || event.inputType === 'insertLineBreak') {
        // Enter is handled as a key below; bold, italic and the like have no place in template text.
        event.preventDefault();
    }
}

function onInput(event) {
    const box = boxOf(event.target);
    if (box) {
        changed(box);
    }
}

function onKeyDown(event) {
    const box = boxOf(event.target);
    if (!box || event.isComposing) {
        return;
    }
    if (event.key === 'Enter') {
        event.preventDefault();
        if (box.dataset.multiline) {
            insertNode(box, document.createTextNode('\n'));
        } else {
            commit(box);
        }
        return;
    }
    const range = rangeIn(box);
    if (!range || !range.collapsed || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
        return;
    }
    const backwards = event.key === 'Backspace' || event.key === 'ArrowLeft';
    if (!['Backspace', 'Delete', 'ArrowLeft', 'ArrowRight'].includes(event.key)) {
        return;
    }
    const chip = beside(range, backwards);
    if (!isChip(chip)) {
        return;
    }
    event.preventDefault();
    const caret = document.createRange();
    if (backwards) {
        caret.setStartBefore(chip);
    } else {
        caret.setStartAfter(chip);
    }
    caret.collapse(true);
    if (event.key === 'Backspace' || event.key === 'Delete') {
        chip.remove();
        changed(box);
    }
    select(caret);
}

function onCopy(event) {
    const selection = getSelection();
    const box = selection.rangeCount ? boxOf(selection.getRangeAt(0).commonAncestorContainer) : null;
    const range = box && rangeIn(box);
    if (!range || range.collapsed) {
        return;
    }
    event.preventDefault();
    event.clipboardData.setData('text/plain', textOf(range.cloneContents(), null));
    if (event.type === 'cut') {
        range.deleteContents();
        changed(box);
    }
}

// Pasted text is plain text; the component turns its {{paths}} into chips when the server has it, so it is committed at
// once (after the paste event itself reaches the component) with the caret kept to put back in the new box.
function onPaste(event) {
    const box = boxOf(event.target);
    if (!box) {
        return;
    }
    event.preventDefault();
    insertText(box, event.clipboardData?.getData('text/plain') ?? '');
    pendingCarets.set(box.id, caretIn(box)?.start);
    setTimeout(() => commit(box));
}

function onDrop(event) {
    const box = boxOf(event.target);
    if (!box) {
        return;
    }
    event.preventDefault();
    const at = document.caretRangeFromPoint?.(event.clientX, event.clientY);
    if (at && box.contains(at.startContainer)) {
        select(at);
    }
    insertText(box, event.dataTransfer?.getData('text/plain') ?? '');
}

window.addEventListener('focusin', onFocusIn, true);
window.addEventListener('mousedown', onMouseDown, true);
window.addEventListener('focusout', onFocusOut, true);
window.addEventListener('beforeinput', onBeforeInput, true);
window.addEventListener('input', onInput, true);
window.addEventListener('keydown', onKeyDown, true);
window.addEventListener('copy', onCopy, true);
window.addEventListener('cut', onCopy, true);
window.addEventListener('paste', onPaste, true);
window.addEventListener('drop', onDrop, true);
document.addEventListener('selectionchange', onSelectionChange);

// Inserts a chip for tag, named label, at the field's caret (or where the caret last was), and commits the field's new
// text; a field in its raw text form gets the tag as text. Returns the new text, or null when the field has no box.
export function insert(container, tag, label) {
    const box = container?.querySelector('[data-token-field]');
    if (!box) {
        return insertAtCursor(container, tag);
    }
    if (!box.isContentEditable) {
        return null;
    }
    remember(box);
    const range = rangeIn(box) ?? lastCaret(box) ?? endOf(box);
    const chip = document.createElement('span');
    chip.className = 'token-chip';
    chip.contentEditable = 'false';
    chip.dataset.tag = tag;
    chip.setAttribute('role', 'img');
    chip.setAttribute('aria-label', `${label}, inserted value`);
    chip.title = tag;
    chip.textContent = label;
    box.focus({ preventScroll: true });
    insertNode(box, chip, range);
    commit(box);
    return textOf(box, box);
}

// Puts the caret back where it was before the server showed a pasted text's {{paths}} as chips in a new box.
export function restoreCaret(box) {
    const offset = pendingCarets.get(box.id);
    pendingCarets.delete(box.id);
    remember(box);
    box.focus({ preventScroll: true });
    select(offset == null ? endOf(box) : rangeAt(box, offset));
}
