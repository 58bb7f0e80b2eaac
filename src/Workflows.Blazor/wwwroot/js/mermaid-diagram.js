// Draws Mermaid text as SVG. The library is 5 MB, so it loads with the first diagram rather than with every page.
let library;
let queue = Promise.resolve();
let count = 0;

function load() {
    library ??= new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = new URL("../lib/mermaid/mermaid.min.js", import.meta.url).href;
        script.onload = () => resolve(globalThis.mermaid);
        script.onerror = () => {
            library = undefined;
            script.remove();
            reject(new Error("The diagram library did not load; reload the page to try again."));
        };
        document.head.appendChild(script);
    });
    return library;
}

// The app's own colours (MudBlazor's palette variables), so diagrams match the page, dark or light.
function themeOf(element) {
    const style = getComputedStyle(element);
    const css = name => style.getPropertyValue(name).trim();
    const [r, g, b] = style.color.match(/\d+/g).map(Number);
    return {
        darkMode: (0.299 * r + 0.587 * g + 0.114 * b) / 255 > 0.5,
        fontFamily: style.fontFamily,
        fontSize: "14px",
        background: css("--mud-palette-surface"),
        primaryColor: css("--mud-palette-background-gray"),
        primaryBorderColor: css("--mud-palette-primary"),
        primaryTextColor: style.color,
        lineColor: css("--mud-palette-text-secondary"),
        edgeLabelBackground: css("--mud-palette-surface"),
    };
}

async function draw(element, text) {
    const mermaid = await load();
    mermaid.initialize({
        startOnLoad: false,
        securityLevel: "strict",
        suppressErrorRendering: true,
        theme: "base",
        themeVariables: themeOf(element),
        flowchart: { useMaxWidth: false },
    });
    try {
        const { svg } = await mermaid.render(`mermaid-diagram-${++count}`, text);
        element.innerHTML = svg;
        return { drawn: true, error: null };
    } catch (error) {
        element.replaceChildren();
        return { drawn: false, error: inPlainWords(error?.message ?? String(error)) };
    }
}

// Mermaid's own words for its size limit read like a developer's note.
function inPlainWords(message) {
    return /Edge limit exceeded/i.test(message)
        ? "it has more links than the drawing library draws (500)."
        : message;
}

// Mermaid keeps global state while it renders, so diagrams draw one after another.
export function render(element, text) {
    const drawing = queue.then(() => draw(element, text));
    queue = drawing.catch(() => { });
    return drawing.catch(error => ({ drawn: false, error: error.message }));
}
