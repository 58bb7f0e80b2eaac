using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Editor;

/// <summary>
/// The palette's entries, grouped by what a step is for (Customers, Messages, Flow control…), and its search:
/// every word typed must appear in the label, the description, the id or a synonym, so "get customer" finds
/// <c>customer.get_by_id</c>.
/// </summary>
public static class PaletteCatalog
{
    public const string Start = "Start";
    public const string FlowControl = "Flow control";
    public const string Ai = "AI";
    public const string Approvals = "Approvals";

    /// <summary>The order groups are shown in; an action's own category not listed here comes after them.</summary>
    private static readonly string[] GroupOrder =
        [Start, FlowControl, Ai, Approvals, "Customers", "Messages", "Products", "Data", "Documents and knowledge", "Integrations"];

    private static readonly Dictionary<string, (string Group, string Label, string[] Synonyms)> StepTypeEntries = new(StringComparer.Ordinal)
    {
        [StepTypes.Trigger] = (Start, "Start", ["trigger", "begin", "webhook", "schedule", "event", "manual"]),
        [StepTypes.Condition] = (FlowControl, "Condition", ["if", "branch", "check", "decide", "yes no", "filter"]),
        [StepTypes.Loop] = (FlowControl, "For each", ["loop", "repeat", "every item", "list", "iterate"]),
        [StepTypes.Wait] = (FlowControl, "Wait", ["delay", "pause", "sleep", "later", "until"]),
        [StepTypes.Split] = (FlowControl, "Split", ["a/b test", "ab test", "experiment", "holdout", "control group", "random", "percent", "cohort", "variant"]),
        [StepTypes.Llm] = (Ai, "Ask AI", ["llm", "gpt", "model", "generate", "write", "classify", "summarise", "summarize"]),
        [StepTypes.Approval] = (Approvals, "Approval", ["review", "human", "approve", "reject", "sign off", "form"]),
    };

    public static IReadOnlyList<PaletteItem> Items(ActionCatalog actions)
    {
        var items = new List<PaletteItem>();
        foreach (var type in StepTypes.All)
        {
            if (StepTypeEntries.TryGetValue(type.Name, out var entry))
            {
                items.Add(new PaletteItem(entry.Group, type.Name, type.Name, entry.Label, type.Description) { Keywords = [type.Name, type.DisplayName, .. entry.Synonyms] });
            }
        }
        foreach (var action in actions.Declarations)
        {
            items.Add(new PaletteItem(action.Category, StepFactory.ActionPrefix + action.Name, StepTypes.Action, action.Title, action.Description)
            {
                Keywords = [.. action.AllNames, .. action.Synonyms],
            });
        }
        return items;
    }

    /// <summary>The items matching a search, grouped in palette order and, within a group, by label.</summary>
    public static IReadOnlyList<IGrouping<string, PaletteItem>> Search(IEnumerable<PaletteItem> items, string? query)
    {
        var words = Words(query ?? "");
        return
        [
            .. items.Where(item => words.Length == 0 || Matches(item, words))
                .OrderBy(i => i.Label, StringComparer.OrdinalIgnoreCase)
                .GroupBy(i => i.Group)
                .OrderBy(g => Array.IndexOf(GroupOrder, g.Key) is var index and >= 0 ? index : GroupOrder.Length)
                .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase),
        ];
    }

    private static bool Matches(PaletteItem item, string[] words)
    {
        var text = string.Join(' ', Words(string.Join(' ', [item.Label, item.Description, item.Kind, .. item.Keywords])));
        var padded = $" {text}";
        return words.All(w => padded.Contains(" " + w, StringComparison.Ordinal));
    }

    /// <summary>Lower-case words; ids split at . and _, so <c>customer.get_by_id</c> is "customer get by id".</summary>
    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', '.', '_', ':', ',', '(', ')', '\'', '’', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
}
