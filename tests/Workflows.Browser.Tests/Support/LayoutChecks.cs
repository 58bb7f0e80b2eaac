using Microsoft.Playwright;

namespace Workflows.Browser.Tests.Support;

/// <summary>Measurements of how a page is laid out, for the checks that nothing wraps, clips or scrolls sideways.</summary>
internal static class LayoutChecks
{
    public static TheoryData<int, int> DesktopSizes() => new() { { 1440, 900 }, { 1280, 720 } };

    /// <summary>Why a tab bar does not fit (scroll arrows, or a tab whose label is cut), or null when every tab shows whole.</summary>
    public static Task<string?> TabBarOverflowAsync(ILocator tabs) => tabs.EvaluateAsync<string?>("""
        root => {
          if (root.querySelector('.mud-tabs-scroll-button')) return 'the tab bar shows scroll arrows';
          const content = root.querySelector('.mud-tabs-tabbar-content');
          const wrapper = root.querySelector('.mud-tabs-tabbar-wrapper');
          if (wrapper.scrollWidth > content.clientWidth + 1) return `the tabs need ${wrapper.scrollWidth}px in ${content.clientWidth}px`;
          const outside = tab => {
            const box = tab.getBoundingClientRect();
            const walker = document.createTreeWalker(tab, NodeFilter.SHOW_TEXT);
            for (let text = walker.nextNode(); text; text = walker.nextNode()) {
              const range = document.createRange();
              range.selectNodeContents(text);
              if ([...range.getClientRects()].some(r => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1))) return true;
            }
            return false;
          };
          const cut = [...root.querySelectorAll('.mud-tab')].find(outside);
          return cut ? `the tab '${cut.textContent.trim()}' is cut` : null;
        }
        """);

    /// <summary>How many rows the visible children of an element make (children whose vertical centres differ start a new row).</summary>
    public static Task<int> RowCountAsync(ILocator container) => container.EvaluateAsync<int>("""
        root => {
          const centres = [...root.children].map(c => c.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0).map(r => r.top + r.height / 2);
          return new Set(centres.map(c => Math.round(c / 12))).size;
        }
        """);

    /// <summary>Whether everything inside an element sits on one line: every box of its content overlaps every other vertically.</summary>
    public static Task<bool> IsOneLineAsync(ILocator element) => element.EvaluateAsync<bool>("""
        el => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
          return Math.max(...rects.map(r => r.top)) < Math.min(...rects.map(r => r.bottom));
        }
        """);

    public static async Task<float> TopAsync(ILocator element) => (await element.BoundingBoxAsync())!.Y;

    /// <summary>Whether <paramref name="inner"/> lies wholly inside <paramref name="outer"/>, allowing a pixel for rounding.</summary>
    public static bool Within(LocatorBoundingBoxResult inner, LocatorBoundingBoxResult outer) =>
        inner.X >= outer.X - 1 && inner.Y >= outer.Y - 1
        && inner.X + inner.Width <= outer.X + outer.Width + 1 && inner.Y + inner.Height <= outer.Y + outer.Height + 1;

    /// <summary>Whether two boxes on the screen share any area (touching edges do not count).</summary>
    public static bool Overlaps(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    /// <summary>
    /// What overlaps or sticks out inside the editor, or null when nothing does: toolbar items on one another or past its
    /// end, the panes and the canvas on one another, the zoom buttons, minimap and steps on one another, and anything in a
    /// pane that scrolls or reaches past the pane sideways.
    /// </summary>
    public static Task<string?> EditorOverlapAsync(IPage page) => page.EvaluateAsync<string?>("""
        () => {
          const shown = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
          const cross = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          const name = el => el.dataset.testid || el.dataset.node || el.getAttribute('aria-label') || el.className?.baseVal || el.className || el.tagName;
          const firstPair = els => {
            const boxes = els.filter(shown).map(el => [el, el.getBoundingClientRect()]);
            for (let i = 0; i < boxes.length; i++)
              for (let j = i + 1; j < boxes.length; j++)
                if (cross(boxes[i][1], boxes[j][1])) return `'${name(boxes[i][0])}' overlaps '${name(boxes[j][0])}'`;
            return null;
          };
          const editor = document.querySelector('[data-testid=editor]');
          const toolbar = editor.querySelector('[data-testid=editor-toolbar]');
          const canvas = editor.querySelector('[data-testid=canvas]');
          const controls = [canvas.querySelector('.wf-canvas-controls'), canvas.querySelector('[data-testid=minimap]')];
          const found = firstPair([...toolbar.children])
            ?? [...toolbar.children].filter(shown).filter(el => el.getBoundingClientRect().right > toolbar.getBoundingClientRect().right + 1).map(el => `'${name(el)}' reaches past the toolbar`)[0]
            ?? firstPair([...editor.querySelector('[data-testid=editor-body]').children])
            ?? firstPair(controls)
            ?? [...canvas.querySelectorAll('[data-node]')].map(node => controls.filter(shown).find(c => cross(c.getBoundingClientRect(), node.getBoundingClientRect())) ? `the ${name(controls.find(c => cross(c.getBoundingClientRect(), node.getBoundingClientRect())))} covers the step '${node.dataset.node}'` : null).find(m => m);
          if (found) return found;
          for (const pane of editor.querySelectorAll('[data-pane]')) {
            if (!shown(pane)) continue;
            const edge = pane.getBoundingClientRect();
            for (const el of pane.querySelectorAll('*')) {
              if (!shown(el)) continue;
              const style = getComputedStyle(el);
              if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) return `'${name(el)}' in the ${pane.dataset.pane} pane scrolls sideways`;
              if (el.matches('input, textarea, button, label, .mud-input-control') && (el.getBoundingClientRect().right > edge.right + 1 || el.getBoundingClientRect().left < edge.left - 1))
                return `'${name(el)}' reaches past the ${pane.dataset.pane} pane`;
            }
          }
          return null;
        }
        """);

    /// <summary>How many pixels the page is wider than the window, so a sideways scrollbar shows; 0 when it fits.</summary>
    public static Task<int> SidewaysOverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");
}
