using Workflows.Engine.Editing;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Engine.Steps;

/// <summary>What several step types' forms and summaries share: retry fields, the action choice, templates in plain words.</summary>
internal static class StepText
{
    public static IReadOnlyList<ConfigField> Retry =>
    [
        new("retry.count", "Retries when it fails", FieldKind.Number, $"0 to {RetryPolicy.MaxCount}; then the error port is taken"),
        new("retry.backoff", "First wait between tries", FieldKind.Text, "e.g. 10 seconds; doubled each time"),
    ];

    public static IReadOnlyList<string> ActionNames(ActionCatalog actions) => [.. actions.Declarations.Select(d => d.Name)];

    public static Dictionary<string, string> ActionLabels(ActionCatalog actions) =>
        actions.Declarations.ToDictionary(d => d.Name, d => d.Title, StringComparer.Ordinal);

    /// <summary>Template text with the data it inserts named by label ("Get customer › Email"); null when empty.</summary>
    public static string? Plain(string? text, IReadOnlyList<DataNode> data) =>
        string.IsNullOrWhiteSpace(text) ? null : TemplateWording.Plain(text, data);
}
