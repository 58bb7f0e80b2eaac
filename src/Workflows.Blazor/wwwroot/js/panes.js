// The editor's side panes: each folds to a strip and is widened or narrowed by dragging its edge, or from the
// keyboard on that edge (a focusable separator: arrows move it, Home and End take the pane to its narrowest and widest).
// Widths and folds live in the browser (localStorage), so the editor opens as it was left.
const KEY = "wf-editor-panes";
const LIMITS = { palette: [160, 380], side: [280, 640] };
// Pixels per arrow press; with Shift, four times as many.
const STEP = 16;
// The palette grows to the right; the side panel grows to the left.
const GROWS = { palette: 1, side: -1 };

const load = () => {
    try { return JSON.parse(localStorage.getItem(KEY)) ?? {}; } catch { return {}; }
};

export function enablePanes(body) {
    const state = load();
    const save = () => localStorage.setItem(KEY, JSON.stringify(state));

    const paneEl = pane => body.querySelector(`[data-pane=${pane}]`);
    const handleEl = pane => body.querySelector(`[data-resize=${pane}]`);
    const widthOf = pane => Math.round(paneEl(pane).getBoundingClientRect().width);

    function show(pane) {
        const s = state[pane] ?? {};
        body.dataset[pane] = s.folded ? "folded" : "open";
        if (s.width) body.style.setProperty(`--${pane}-width`, `${s.width}px`);
        const handle = handleEl(pane);
        if (handle && !s.folded) handle.setAttribute("aria-valuenow", String(widthOf(pane)));
    }

    function resize(pane, width) {
        const [min, max] = LIMITS[pane];
        state[pane] = { ...state[pane], width: Math.round(Math.min(max, Math.max(min, width))), folded: false };
        show(pane);
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
        const start = event.clientX;
        const width = paneEl(pane).getBoundingClientRect().width;
        event.preventDefault();
        handle.setPointerCapture(event.pointerId);
        body.classList.add("resizing");
        const move = e => resize(pane, width + GROWS[pane] * (e.clientX - start));
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

    function onKeyDown(event) {
        const handle = event.target.closest?.("[data-resize]");
        if (!handle) return;
        const pane = handle.dataset.resize;
        const [min, max] = LIMITS[pane];
        const step = event.shiftKey ? STEP * 4 : STEP;
        const width = widthOf(pane);
        const next = {
            ArrowLeft: width - GROWS[pane] * step,
            ArrowRight: width + GROWS[pane] * step,
            Home: min,
            End: max,
        }[event.key];
        if (next === undefined) return;
        event.preventDefault();
        event.stopPropagation();
        resize(pane, next);
        save();
    }

    for (const [pane, [min, max]] of Object.entries(LIMITS)) {
        handleEl(pane)?.setAttribute("aria-valuemin", String(min));
        handleEl(pane)?.setAttribute("aria-valuemax", String(max));
    }
    show("palette");
    show("side");
    body.addEventListener("click", onClick);
    body.addEventListener("pointerdown", onPointerDown);
    body.addEventListener("keydown", onKeyDown);
    return {
        dispose: () => {
            body.removeEventListener("click", onClick);
            body.removeEventListener("pointerdown", onPointerDown);
            body.removeEventListener("keydown", onKeyDown);
        },
    };
}
