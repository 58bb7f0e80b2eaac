namespace Workflows.Blazor.Components.Layout;

/// <summary>Narrows the command palette to what was typed: every word must appear; titles that start with it come first.</summary>
public static class CommandSearch
{
    public const int MaxShown = 40;

    public static IReadOnlyList<ShellCommand> Filter(IEnumerable<ShellCommand> commands, string? query)
    {
        var words = (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return commands.Take(MaxShown).ToList();
        }
        var text = string.Join(' ', words);
        return commands
            .Where(c => words.All(w => c.Title.Contains(w, StringComparison.OrdinalIgnoreCase) || c.Group.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.Title.StartsWith(text, StringComparison.OrdinalIgnoreCase) ? 0 : c.Title.Contains(text, StringComparison.OrdinalIgnoreCase) ? 1 : 2)
            .Take(MaxShown)
            .ToList();
    }
}
