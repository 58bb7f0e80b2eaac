namespace Workflows.Blazor.Components.Canvas;

/// <summary>Breaks text into lines for SVG, which does not wrap: at spaces, at most so many lines, the last cut with an ellipsis.</summary>
public static class TextWrap
{
    public static IReadOnlyList<string> Lines(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = "";
            }
            line = line.Length == 0 ? word : $"{line} {word}";
        }
        if (line.Length > 0)
        {
            lines.Add(line);
        }
        if (lines.Count <= maxLines)
        {
            return [.. lines.Select(l => StepSummary.Fit(l, width))];
        }
        var kept = lines.Take(maxLines).Select(l => StepSummary.Fit(l, width)).ToList();
        kept[^1] = StepSummary.Fit($"{kept[^1]} …", width);
        return kept;
    }
}
