using Workflows.Blazor.Components.Layout;

namespace Workflows.Blazor.Components.Pages;

/// <summary>The editor's keys, as the shortcuts sheet ("?") lists them. canvas.js and the editor page implement them.</summary>
public static class EditorShortcuts
{
    public static IReadOnlyList<Shortcut> All { get; } =
    [
        new("Ctrl+S", "Save the draft"),
        new("Ctrl+Enter", "Test run"),
        new("Ctrl+Z  ·  Ctrl+Y", "Undo, redo (Ctrl+Shift+Z also redoes)"),
        new("Ctrl+C  ·  Ctrl+X  ·  Ctrl+V", "Copy, cut, paste the selected steps"),
        new("Ctrl+D", "Duplicate the selected steps"),
        new("Ctrl+A", "Select every step"),
        new("Delete", "Delete the selected steps or link"),
        new("Arrow keys", "Nudge the selected steps"),
        new("Esc", "Clear the selection"),
        new("Shift+drag", "Select several steps with a box"),
        new("Space+drag  ·  drag the background", "Pan"),
        new("Wheel  ·  pinch", "Zoom"),
        new("Tab to a panel's edge, then arrows  ·  Home  ·  End", "Widen or narrow the panel; narrowest, widest"),
    ];
}
