using Workflows.Blazor.Components.Shared;

namespace Workflows.Blazor.Components.Pages.Data;

/// <summary>
/// One field of the edit dialog: its name in the record, its label, its value and, for a choice, its options; a free
/// text field may offer <see cref="Suggestions"/> while still taking any text.
/// </summary>
public sealed record EditField(string Name, string Label, string Value, IReadOnlyList<string>? Options = null, bool IsNumber = false)
{
    public IReadOnlyList<string>? Suggestions { get; init; }

    /// <summary>How an option reads: the store's words ("vip", "at_risk") as a marketer says them, unless the options are names already.</summary>
    public Func<string?, string?> OptionText { get; init; } = StatusText.Label;
}
