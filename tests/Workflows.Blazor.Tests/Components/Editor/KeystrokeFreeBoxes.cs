using Microsoft.AspNetCore.Components;

namespace Workflows.Blazor.Tests.Components.Editor;

/// <summary>Checks that a panel's free-text boxes are text inputs that keep typing in the browser and commit on a pause.</summary>
internal static class KeystrokeFreeBoxes
{
    /// <summary>The test ids among <paramref name="testIds"/> whose box listens for keystrokes or does not commit through a change.</summary>
    public static IReadOnlyList<string> Offenders<TComponent>(IRenderedComponent<TComponent> cut, params string[] testIds) where TComponent : IComponent =>
    [
        .. testIds.Where(id => cut.FindAll($"[data-testid='{id}']") is var boxes
            && (boxes.Count == 0 || boxes.Any(box => !box.HasAttribute("data-text-input") || box.HasAttribute("blazor:oninput") || !box.HasAttribute("blazor:onchange")))),
    ];
}
