namespace Workflows.Blazor.Knowledge;

/// <summary>Splits text into passages of about <see cref="TargetLength"/> characters at paragraph, then sentence, boundaries.</summary>
public static class TextChunker
{
    public const int TargetLength = 800;

    public static IReadOnlyList<string> Split(string text)
    {
        var chunks = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var piece in Pieces(text))
        {
            if (current.Length > 0 && current.Length + piece.Length > TargetLength)
            {
                chunks.Add(current.ToString().Trim());
                current.Clear();
            }
            current.Append(piece).Append(' ');
        }
        if (current.ToString().Trim() is { Length: > 0 } last)
        {
            chunks.Add(last);
        }
        return chunks;
    }

    /// <summary>Paragraphs, with any paragraph longer than a passage cut into sentences, and any sentence longer than that cut hard.</summary>
    private static IEnumerable<string> Pieces(string text)
    {
        foreach (var paragraph in text.Split(["\n\n", "\r\n\r\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (paragraph.Length <= TargetLength)
            {
                yield return paragraph;
                continue;
            }
            foreach (var sentence in paragraph.Split(". ", StringSplitOptions.RemoveEmptyEntries))
            {
                for (var start = 0; start < sentence.Length; start += TargetLength)
                {
                    yield return sentence.Substring(start, Math.Min(TargetLength, sentence.Length - start)) + (start + TargetLength >= sentence.Length ? "." : "");
                }
            }
        }
    }
}
