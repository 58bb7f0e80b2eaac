// The app frame's keys and memory: Ctrl+K / Cmd+K opens the command palette, "?" the shortcuts, and the
// frame's preferences are written to the user's cookie, so the next page is drawn as it was left.
const YEAR = 365 * 24 * 60 * 60;

const isTyping = target => target instanceof HTMLElement &&
    (target.isContentEditable || target.closest("input, textarea, select, [role=combobox], [contenteditable]"));

export function remember(name, value) {
    document.cookie = `${name}=${value}; path=/; max-age=${YEAR}; samesite=lax`;
}

export const windowWidth = () => window.innerWidth;

export function listenForShellKeys(dotnet) {
    const handler = event => {
        const ctrl = event.ctrlKey || event.metaKey;
        if (ctrl && !event.altKey && event.key.toLowerCase() === "k") {
            event.preventDefault();
            dotnet.invokeMethodAsync("OpenCommandPalette");
        } else if (event.key === "?" && !ctrl && !event.altKey && !isTyping(event.target) && !document.querySelector(".mud-dialog")) {
            event.preventDefault();
            dotnet.invokeMethodAsync("ShowShortcuts");
        }
    };
    document.addEventListener("keydown", handler);
    return { dispose: () => document.removeEventListener("keydown", handler) };
}
