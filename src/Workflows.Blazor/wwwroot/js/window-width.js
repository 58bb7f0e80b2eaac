// Keeps the window's width in a cookie, so the server draws the next page's frame for this window: the editor's
// first drawing then has the app menu folded on a narrow window, with no flash of it open. Not a module: it runs
// in the page's head, before anything is drawn, on every page (the sign-in page too).
(() => {
    const write = () => { document.cookie = `wf-window-width=${window.innerWidth}; path=/; max-age=31536000; samesite=lax`; };
    write();
    window.addEventListener("resize", write);
})();
