// Keyboard triage for the inbox: j/k move, a approves, r rejects. Keys typed into a form field are the field's.
const keys = new Set(["j", "k", "a", "r"]);

export function listen(dotnet) {
    const handler = event => {
        const target = event.target;
        if (event.ctrlKey || event.metaKey || event.altKey || !keys.has(event.key)) {
            return;
        }
        if (target instanceof HTMLElement && (target.isContentEditable || target.closest("input, textarea, select, [role=combobox], [role=listbox]"))) {
            return;
        }
        event.preventDefault();
        dotnet.invokeMethodAsync("OnKeyAsync", event.key);
    };
    document.addEventListener("keydown", handler);
    return { dispose: () => document.removeEventListener("keydown", handler) };
}
