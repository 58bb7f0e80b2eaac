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
    /// <summary>The order groups are shown in; an action's own category not listed here comes after them.</summary>
    private static readonly string[] GroupOrder =
        [
            PaletteGroups.Start, PaletteGroups.FlowControl, PaletteGroups.Ai, PaletteGroups.Approvals,
            "Customers", "Messages", "Offers and rewards", "Products", "Data", "Documents and knowledge", "Workflows", "Integrations",
        ];

    public static IReadOnlyList<PaletteItem> Items(ActionCatalog actions)
    {
        var items = new List<PaletteItem>();
        foreach (var type in StepTypes.All)
        {
            if (type.Palette is { } entry)
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
