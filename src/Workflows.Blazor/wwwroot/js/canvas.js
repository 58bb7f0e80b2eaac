// Pointer gestures of the workflow canvas: pan, zoom, drag nodes, draw links, box select, minimap.
// During a gesture the SVG is moved here directly; .NET hears about it once, when the pointer is released.
// Node and link geometry repeat CanvasGeometry.cs: change both together.
const W = 240, H = 76, GRID = 20, BACK_CLEARANCE = 48, BACK_DROP = 60, SIDE_BEND = 60;
const MIN_SCALE = 0.2, MAX_SCALE = 2, CLICK_SLOP = 3;
// Read-only diagrams never open below this zoom: smaller text cannot be read; the rest is a pan away.
const READABLE_SCALE = 0.7;
// A fitted diagram keeps this far from the canvas's edges and from the minimap, in whichever corner it sits.
const FIT_PAD = 32, MINIMAP_GAP = 12;
const MINIMAP_KEY = "wf-minimap", MINIMAP_CORNER_KEY = "wf-minimap-corner";
const STEP_MIME = "application/x-workflow-step";
const KEYS = new Set(["Delete", "Backspace", "Escape", "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"]);
const CTRL_KEYS = new Set(["z", "y", "c", "v", "a", "x", "d"]);

const snap = v => Math.round(v / GRID) * GRID;

function anchor(pos, side, index, count) {
    return side === "right"
        ? { x: pos.x + W, y: pos.y + H / 2 }
        : { x: pos.x + W * (index + 1) / (count + 1), y: pos.y + H };
}

export function linkPath(from, side, index, count, to) {
    const s = anchor(from, side, index, count);
    const t = { x: to.x + W / 2, y: to.y };
    if (side === "right") {
        return `M ${s.x} ${s.y} C ${s.x + SIDE_BEND} ${s.y}, ${t.x} ${t.y - SIDE_BEND}, ${t.x} ${t.y}`;
    }
    if (to.y < from.y + H + GRID) {
        const sideX = Math.max(from.x, to.x) + W + BACK_CLEARANCE;
        const mid = (s.y + t.y) / 2;
        return `M ${s.x} ${s.y} C ${s.x} ${s.y + BACK_DROP}, ${sideX} ${s.y + BACK_DROP}, ${sideX} ${mid} C ${sideX} ${t.y - BACK_DROP}, ${t.x} ${t.y - BACK_DROP}, ${t.x} ${t.y}`;
    }
    const bend = Math.max(40, (t.y - s.y) / 2);
    return `M ${s.x} ${s.y} C ${s.x} ${s.y + bend}, ${t.x} ${t.y - bend}, ${t.x} ${t.y}`;
}

function linkMiddle(from, side, index, count, to) {
    const s = anchor(from, side, index, count);
    const t = { x: to.x + W / 2, y: to.y };
    if (side !== "right" && to.y < from.y + H + GRID) {
        return { x: Math.max(from.x, to.x) + W + BACK_CLEARANCE, y: (s.y + t.y) / 2 };
    }
    return { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
}

const isTyping = target => target instanceof HTMLElement &&
    (target.isContentEditable || target.closest("input, textarea, select, [role=combobox]"));

export function attach(root, dotnet, readOnly) {
    const svg = root.querySelector("svg[data-canvas]");
    const view = { x: 40, y: 40, scale: 1 };
    const pointers = new Map();
    let gesture = null;
    let spaceDown = false;
    let isReadOnly = readOnly;
    // The view is as fit() left it: nobody has panned or zoomed since.
    let fitted = false;

    const viewport = () => svg.querySelector("[data-viewport]");
    const overlay = () => svg.querySelector("[data-overlay]");
    const nodeEl = slug => svg.querySelector(`[data-node="${CSS.escape(slug)}"]`);
    const posOf = el => ({ x: parseFloat(el.dataset.x), y: parseFloat(el.dataset.y) });
    const toWorld = (clientX, clientY) => {
        const r = svg.getBoundingClientRect();
        return { x: (clientX - r.left - view.x) / view.scale, y: (clientY - r.top - view.y) / view.scale };
    };

    function apply() {
        viewport()?.setAttribute("transform", `translate(${view.x} ${view.y}) scale(${view.scale})`);
        const size = GRID * view.scale;
        root.style.backgroundSize = `${size}px ${size}px`;
        root.style.backgroundPosition = `${view.x}px ${view.y}px`;
        root.dataset.zoom = Math.round(view.scale * 100);
        const zoomLabel = root.querySelector("[data-zoom-label]");
        if (zoomLabel) zoomLabel.textContent = `${Math.round(view.scale * 100)}%`;
        updateMinimap();
    }

    function updateMinimap() {
        const rect = root.querySelector("[data-minimap-view]");
        if (!rect) return;
        const r = svg.getBoundingClientRect();
        // The visible part is drawn within the diagram's bounds, so a view larger than the diagram keeps its frame in the box.
        const bounds = rect.ownerSVGElement.viewBox.baseVal;
        const left = Math.max(bounds.x, -view.x / view.scale);
        const top = Math.max(bounds.y, -view.y / view.scale);
        const right = Math.min(bounds.x + bounds.width, (r.width - view.x) / view.scale);
        const bottom = Math.min(bounds.y + bounds.height, (r.height - view.y) / view.scale);
        rect.setAttribute("x", left);
        rect.setAttribute("y", top);
        rect.setAttribute("width", Math.max(0, right - left));
        rect.setAttribute("height", Math.max(0, bottom - top));
    }

    function zoomAt(factor, clientX, clientY) {
        fitted = false;
        const r = svg.getBoundingClientRect();
        const px = clientX - r.left, py = clientY - r.top;
        const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.scale * factor));
        view.x = px - (px - view.x) * next / view.scale;
        view.y = py - (py - view.y) * next / view.scale;
        view.scale = next;
        apply();
    }

    function redrawLinks(moved) {
        for (const path of svg.querySelectorAll("[data-link]")) {
            const { from, to, side } = path.dataset;
            if (!moved.has(from) && !moved.has(to)) continue;
            const a = nodeEl(from), b = nodeEl(to);
            if (!a || !b) continue;
            const args = [posOf(a), side, +path.dataset.pi, +path.dataset.pc, posOf(b)];
            path.setAttribute("d", linkPath(...args));
            const label = svg.querySelector(`[data-link-label="${CSS.escape(path.dataset.link)}"]`);
            if (label) {
                const m = linkMiddle(...args);
                label.setAttribute("transform", `translate(${m.x} ${m.y})`);
            }
        }
    }

    function startNodeDrag(event, el) {
        const slug = el.dataset.node;
        const selected = el.classList.contains("selected");
        const group = selected ? [...svg.querySelectorAll("[data-node].selected")] : [el];
        gesture = {
            kind: "node", slug, additive: event.ctrlKey || event.metaKey || event.shiftKey,
            start: toWorld(event.clientX, event.clientY), client: { x: event.clientX, y: event.clientY },
            nodes: group.map(n => ({ el: n, origin: posOf(n) })), moved: false,
        };
    }

    function moveNodes(event) {
        const now = toWorld(event.clientX, event.clientY);
        const dx = now.x - gesture.start.x, dy = now.y - gesture.start.y;
        const moved = new Set();
        for (const n of gesture.nodes) {
            const x = snap(n.origin.x + dx), y = snap(n.origin.y + dy);
            n.el.dataset.x = x; n.el.dataset.y = y;
            n.el.setAttribute("transform", `translate(${x} ${y})`);
            moved.add(n.el.dataset.node);
        }
        redrawLinks(moved);
    }

    function startConnect(event, port) {
        const node = port.closest("[data-node]");
        const temp = document.createElementNS("http://www.w3.org/2000/svg", "path");
        temp.setAttribute("class", "wf-temp-link");
        overlay().appendChild(temp);
        gesture = { kind: "connect", from: node.dataset.node, port: port.dataset.port, side: port.dataset.side, pi: +port.dataset.pi, pc: +port.dataset.pc, origin: posOf(node), temp };
    }

    function moveConnect(event) {
        const p = toWorld(event.clientX, event.clientY);
        gesture.temp.setAttribute("d", linkPath(gesture.origin, gesture.side, gesture.pi, gesture.pc, { x: p.x - W / 2, y: p.y }));
    }

    function startBox(event) {
        const rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
        rect.setAttribute("class", "wf-box-select");
        overlay().appendChild(rect);
        gesture = { kind: "box", start: toWorld(event.clientX, event.clientY), rect, additive: event.ctrlKey || event.metaKey, end: null };
    }

    function moveBox(event) {
        const p = toWorld(event.clientX, event.clientY);
        const s = gesture.start;
        gesture.end = p;
        gesture.rect.setAttribute("x", Math.min(s.x, p.x));
        gesture.rect.setAttribute("y", Math.min(s.y, p.y));
        gesture.rect.setAttribute("width", Math.abs(p.x - s.x));
        gesture.rect.setAttribute("height", Math.abs(p.y - s.y));
    }

    function onPointerDown(event) {
        pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
        if (pointers.size === 2) {
            const [a, b] = [...pointers.values()];
            gesture = { kind: "pinch", distance: Math.hypot(a.x - b.x, a.y - b.y) };
            return;
        }
        if (event.button !== 0 && event.button !== 1) return;
        // Focused by the pointer: the focus ring is for keyboard users only (WorkflowCanvas.razor.css).
        root.dataset.pointerFocus = "";
        root.focus({ preventScroll: true, focusVisible: false });
        const target = event.target;
        const port = target.closest("[data-port]");
        const node = target.closest("[data-node]");
        const link = target.closest("[data-link]");
        if (event.button === 1 || spaceDown) {
            gesture = { kind: "pan", client: { x: event.clientX, y: event.clientY }, origin: { ...view }, moved: false };
        } else if (port && !isReadOnly) {
            startConnect(event, port);
        } else if (node) {
            startNodeDrag(event, node);
        } else if (link) {
            gesture = { kind: "link", from: link.dataset.from, port: link.dataset.port };
        } else if (event.shiftKey && !isReadOnly) {
            startBox(event);
        } else {
            gesture = { kind: "pan", client: { x: event.clientX, y: event.clientY }, origin: { ...view }, moved: false };
        }
        svg.setPointerCapture(event.pointerId);
        event.preventDefault();
    }

    function onPointerMove(event) {
        if (pointers.has(event.pointerId)) pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
        if (!gesture) return;
        switch (gesture.kind) {
            case "pinch": {
                const [a, b] = [...pointers.values()];
                const distance = Math.hypot(a.x - b.x, a.y - b.y);
                zoomAt(distance / gesture.distance, (a.x + b.x) / 2, (a.y + b.y) / 2);
                gesture.distance = distance;
                break;
            }
            case "pan":
                if (Math.hypot(event.clientX - gesture.client.x, event.clientY - gesture.client.y) > CLICK_SLOP) {
                    gesture.moved = true;
                    fitted = false;
                }
                view.x = gesture.origin.x + event.clientX - gesture.client.x;
                view.y = gesture.origin.y + event.clientY - gesture.client.y;
                apply();
                break;
            case "node":
                if (isReadOnly) break;
                if (!gesture.moved && Math.hypot(event.clientX - gesture.client.x, event.clientY - gesture.client.y) <= CLICK_SLOP) break;
                gesture.moved = true;
                moveNodes(event);
                break;
            case "connect": moveConnect(event); break;
            case "box": moveBox(event); break;
        }
    }

    function onPointerUp(event) {
        pointers.delete(event.pointerId);
        const g = gesture;
        gesture = null;
        if (!g) return;
        switch (g.kind) {
            case "pan":
                if (!g.moved) dotnet.invokeMethodAsync("OnBackgroundClicked");
                break;
            case "node":
                if (g.moved) {
                    const moved = {};
                    for (const n of g.nodes) moved[n.el.dataset.node] = [parseFloat(n.el.dataset.x), parseFloat(n.el.dataset.y)];
                    dotnet.invokeMethodAsync("OnNodesMoved", moved);
                } else {
                    dotnet.invokeMethodAsync("OnNodeClicked", g.slug, g.additive);
                }
                break;
            case "link":
                dotnet.invokeMethodAsync("OnLinkClicked", g.from, g.port);
                break;
            case "connect": {
                g.temp.remove();
                const under = document.elementFromPoint(event.clientX, event.clientY)?.closest("[data-node]");
                if (under) dotnet.invokeMethodAsync("OnConnect", g.from, g.port, under.dataset.node);
                break;
            }
            case "box": {
                g.rect.remove();
                if (!g.end) break;
                const s = g.start, e = g.end;
                dotnet.invokeMethodAsync("OnBoxSelected", Math.min(s.x, e.x), Math.min(s.y, e.y), Math.abs(e.x - s.x), Math.abs(e.y - s.y), g.additive);
                break;
            }
        }
    }

    function onWheel(event) {
        event.preventDefault();
        const speed = event.ctrlKey ? 0.01 : 0.0015;
        zoomAt(Math.exp(-event.deltaY * speed), event.clientX, event.clientY);
    }

    function onKeyDown(event) {
        if (isTyping(event.target)) return;
        if (event.key === " ") { spaceDown = true; root.classList.add("panning"); event.preventDefault(); return; }
        const ctrl = event.ctrlKey || event.metaKey;
        const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
        if ((ctrl && CTRL_KEYS.has(key)) || (!ctrl && KEYS.has(key))) {
            event.preventDefault();
            dotnet.invokeMethodAsync("OnKey", key, ctrl, event.shiftKey);
        }
    }

    const onBlur = () => delete root.dataset.pointerFocus;

    function onKeyUp(event) {
        if (event.key === " ") { spaceDown = false; root.classList.remove("panning"); }
    }

    function onDragOver(event) {
        if (!isReadOnly && event.dataTransfer?.types.includes(STEP_MIME)) {
            event.preventDefault();
            event.dataTransfer.dropEffect = "copy";
        }
    }

    function onDrop(event) {
        const kind = event.dataTransfer?.getData(STEP_MIME);
        if (!kind || isReadOnly) return;
        event.preventDefault();
        const p = toWorld(event.clientX, event.clientY);
        dotnet.invokeMethodAsync("OnDropped", kind, snap(p.x - W / 2), snap(p.y - H / 2));
    }

    function onMinimapDown(event) {
        const minimap = event.currentTarget;
        const follow = e => {
            const ctm = minimap.getScreenCTM();
            if (!ctm) return;
            const point = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
            const r = svg.getBoundingClientRect();
            view.x = r.width / 2 - point.x * view.scale;
            view.y = r.height / 2 - point.y * view.scale;
            fitted = false;
            apply();
        };
        event.stopPropagation();
        event.preventDefault();
        minimap.setPointerCapture(event.pointerId);
        follow(event);
        const up = () => { minimap.removeEventListener("pointermove", follow); minimap.removeEventListener("pointerup", up); };
        minimap.addEventListener("pointermove", follow);
        minimap.addEventListener("pointerup", up);
    }

    function bounds(selector = "[data-node]") {
        const nodes = [...svg.querySelectorAll(selector)].map(posOf);
        if (nodes.length === 0) return null;
        return {
            left: Math.min(...nodes.map(n => n.x)), top: Math.min(...nodes.map(n => n.y)),
            right: Math.max(...nodes.map(n => n.x)) + W + BACK_CLEARANCE, bottom: Math.max(...nodes.map(n => n.y)) + H,
        };
    }

    const minimapShown = () => root.dataset.minimap !== "hidden";

    // The part of the canvas a fitted diagram may use: all of it, less a strip beside the minimap or above or under it.
    function fitRoom(b, r) {
        const width = b.right - b.left, height = b.bottom - b.top;
        const room = (x, y, w, h) => ({ x, y, width: w, height: h, scale: Math.min(1, (w - FIT_PAD * 2) / width, (h - FIT_PAD * 2) / height) });
        const m = minimap?.getBoundingClientRect();
        if (!minimapShown() || !m || m.width === 0) return room(0, 0, r.width, r.height);
        const [left, right] = [m.left - r.left - MINIMAP_GAP, r.right - m.right - MINIMAP_GAP];
        const [top, bottom] = [m.top - r.top - MINIMAP_GAP, r.bottom - m.bottom - MINIMAP_GAP];
        const beside = left > right ? room(0, 0, left, r.height) : room(r.width - right, 0, right, r.height);
        const across = top > bottom ? room(0, 0, r.width, top) : room(0, r.height - bottom, r.width, bottom);
        return beside.scale >= across.scale ? beside : across;
    }

    // What a read-only diagram opens on when it cannot show everything: the run's path or the changes, else the first step.
    function focusBounds() {
        return bounds("[data-node][class*=' run-'], [data-node][class*=' diff-']") ?? bounds("[data-node][data-start]") ?? bounds();
    }

    // One axis of the view: centre the span in the room when it fits, else show its start.
    const place = (room, start, size, scale) =>
        size * scale <= room - FIT_PAD * 2 ? (room - size * scale) / 2 - start * scale : FIT_PAD - start * scale;

    function fit() {
        const b = bounds();
        const r = svg.getBoundingClientRect();
        if (!b || r.width === 0) return;
        if (root.dataset.fit === "width") return fitWidth(b, r);
        const room = fitRoom(b, r);
        const floor = isReadOnly ? READABLE_SCALE : MIN_SCALE;
        view.scale = Math.min(1, Math.max(floor, room.scale));
        const whole = (b.right - b.left) * view.scale <= room.width - FIT_PAD * 2 && (b.bottom - b.top) * view.scale <= room.height - FIT_PAD * 2;
        const f = whole ? b : focusBounds();
        view.x = room.x + place(room.width, f.left, f.right - f.left, view.scale);
        view.y = room.y + (whole ? FIT_PAD - b.top * view.scale : place(room.height, f.top, f.bottom - f.top, view.scale));
        fitted = true;
        apply();
    }

    // The diagram as wide as the canvas allows and from its top, so a tall flow is read downwards from its first step.
    function fitWidth(b, r) {
        const width = b.right - b.left;
        view.scale = Math.min(1, Math.max(isReadOnly ? READABLE_SCALE : MIN_SCALE, (r.width - FIT_PAD * 2) / width));
        view.x = place(r.width, b.left, width, view.scale);
        view.y = FIT_PAD - b.top * view.scale;
        fitted = true;
        apply();
    }

    function toggleMinimap() {
        const hidden = minimapShown();
        root.dataset.minimap = hidden ? "hidden" : "shown";
        localStorage.setItem(MINIMAP_KEY, root.dataset.minimap);
        updateMinimap();
    }

    // Clockwise from the default, bottom right.
    const CORNERS = ["bottom-right", "bottom-left", "top-left", "top-right"];

    function nextCorner() {
        const corner = CORNERS[(CORNERS.indexOf(root.dataset.minimapCorner) + 1) % CORNERS.length];
        root.dataset.minimapCorner = corner;
        localStorage.setItem(MINIMAP_CORNER_KEY, corner);
        if (fitted) fit();
    }

    function center(slug) {
        const el = nodeEl(slug);
        const r = svg.getBoundingClientRect();
        if (!el) return;
        const p = posOf(el);
        fitted = false;
        view.x = r.width / 2 - (p.x + W / 2) * view.scale;
        view.y = r.height / 2 - (p.y + H / 2) * view.scale;
        apply();
    }

    function zoomBy(factor) {
        const r = svg.getBoundingClientRect();
        zoomAt(factor, r.left + r.width / 2, r.top + r.height / 2);
    }

    // The centre of what is on screen, in canvas coordinates: where a step added from the palette goes.
    function visibleCenter() {
        const r = svg.getBoundingClientRect();
        return [snap((r.width / 2 - view.x) / view.scale - W / 2), snap((r.height / 2 - view.y) / view.scale - H / 2)];
    }

    const minimap = root.querySelector("[data-minimap]");
    const minimapToggle = root.querySelector("[data-minimap-toggle]");
    const cornerButton = root.querySelector("[data-minimap-corner-next]");
    // Folding the app menu or a side panel resizes the canvas without resizing the window: a diagram still as
    // fitted is fitted again to the new room; one the user has panned or zoomed keeps its view.
    const resized = new ResizeObserver(() => fitted ? fit() : updateMinimap());
    root.dataset.minimap = localStorage.getItem(MINIMAP_KEY) ?? "shown";
    root.dataset.minimapCorner = localStorage.getItem(MINIMAP_CORNER_KEY) ?? CORNERS[0];

    svg.addEventListener("pointerdown", onPointerDown);
    svg.addEventListener("pointermove", onPointerMove);
    svg.addEventListener("pointerup", onPointerUp);
    svg.addEventListener("pointercancel", onPointerUp);
    svg.addEventListener("wheel", onWheel, { passive: false });
    root.addEventListener("keydown", onKeyDown);
    root.addEventListener("keyup", onKeyUp);
    root.addEventListener("blur", onBlur);
    root.addEventListener("dragover", onDragOver);
    root.addEventListener("drop", onDrop);
    minimap?.addEventListener("pointerdown", onMinimapDown);
    minimapToggle?.addEventListener("click", toggleMinimap);
    cornerButton?.addEventListener("click", nextCorner);
    resized.observe(root);
    apply();
    // Gestures made before this point are lost; tests (and anyone scripting the page) wait for it.
    root.dataset.gestures = "ready";

    return {
        fit, center, zoomBy, visibleCenter,
        refresh: apply,
        setReadOnly: value => { isReadOnly = value; },
        dispose: () => {
            root.removeEventListener("keydown", onKeyDown);
            root.removeEventListener("keyup", onKeyUp);
            root.removeEventListener("blur", onBlur);
            root.removeEventListener("dragover", onDragOver);
            root.removeEventListener("drop", onDrop);
            minimap?.removeEventListener("pointerdown", onMinimapDown);
            minimapToggle?.removeEventListener("click", toggleMinimap);
            cornerButton?.removeEventListener("click", nextCorner);
            resized.disconnect();
        },
    };
}

// Palette items carry the step kind they add; the canvas reads it on drop.
export function enablePalette(container) {
    const onDragStart = event => {
        const item = event.target.closest?.("[data-palette-kind]");
        if (!item) return;
        event.dataTransfer.setData(STEP_MIME, item.dataset.paletteKind);
        event.dataTransfer.effectAllowed = "copy";
    };
    container.addEventListener("dragstart", onDragStart);
    return { dispose: () => container.removeEventListener("dragstart", onDragStart) };
}

// Ctrl+S saves and Ctrl+Enter starts a test run from anywhere on the editor page, form fields included.
export function listenForEditorKeys(dotnet) {
    const handler = event => {
        if (!(event.ctrlKey || event.metaKey)) return;
        const key = event.key.toLowerCase();
        if (key !== "s" && key !== "enter") return;
        event.preventDefault();
        // Fields send what was typed a moment after typing stops, or when they lose focus: let them, then save or run.
        document.activeElement?.blur?.();
        setTimeout(() => dotnet.invokeMethodAsync("OnEditorKey", key), 350);
    };
    document.addEventListener("keydown", handler);
    return { dispose: () => document.removeEventListener("keydown", handler) };
}
