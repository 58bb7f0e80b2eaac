// The editor's side panes: each folds to a strip and is widened or narrowed by dragging its edge.
// Widths and folds live in the browser (localStorage), so the editor opens as it was left.
const KEY = "wf-editor-panes";
const LIMITS = { palette: [160, 380], side: [280, 640] };

const load = () => {
    try { return JSON.parse(localStorage.getItem(KEY)) ?? {}; } catch { return {}; }
};

export function enablePanes(body) {
    const state = load();
    const save = () => localStorage.setItem(KEY, JSON.stringify(state));

    function show(pane) {
        const s = state[pane] ?? {};
        body.dataset[pane] = s.folded ? "folded" : "open";
        if (s.width) body.style.setProperty(`--${pane}-width`, `${s.width}px`);
    }

    function onClick(event) {
        const button = event.target.closest?.("[data-fold]");
        if (!button || !body.contains(button)) return;
        const pane = button.dataset.fold;
        state[pane] = { ...state[pane], folded: body.dataset[pane] !== "folded" };
        save();
        show(pane);
    }

    function onPointerDown(event) {
        const handle = event.target.closest?.("[data-resize]");
        if (!handle || event.button !== 0) return;
        const pane = handle.dataset.resize;
        const [min, max] = LIMITS[pane];
        const start = event.clientX;
        const width = body.querySelector(`[data-pane=${pane}]`).getBoundingClientRect().width;
        // The palette grows to the right; the side panel grows to the left.
        const direction = pane === "palette" ? 1 : -1;
        event.preventDefault();
        handle.setPointerCapture(event.pointerId);
        body.classList.add("resizing");
        const move = e => {
            const next = Math.round(Math.min(max, Math.max(min, width + direction * (e.clientX - start))));
            state[pane] = { ...state[pane], width: next, folded: false };
            show(pane);
        };
        const up = () => {
            handle.removeEventListener("pointermove", move);
            handle.removeEventListener("pointerup", up);
            handle.removeEventListener("pointercancel", up);
            body.classList.remove("resizing");
            save();
        };
        handle.addEventListener("pointermove", move);
        handle.addEventListener("pointerup", up);
        handle.addEventListener("pointercancel", up);
    }

    show("palette");
    show("side");
    body.addEventListener("click", onClick);
    body.addEventListener("pointerdown", onPointerDown);
    return {
        dispose: () => {
            body.removeEventListener("click", onClick);
            body.removeEventListener("pointerdown", onPointerDown);
        },
    };
}
