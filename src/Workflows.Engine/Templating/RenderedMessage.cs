namespace Workflows.Engine.Templating;

/// <summary>
/// A message body rendered from the template a designer wrote. <see cref="IsHtml"/> is decided by that
/// template, never by the data in it; <see cref="DataRanges"/> are the parts of <see cref="Body"/> that came
/// from data rather than from the designer, so links there are neither made clickable nor tracked.
/// </summary>
public sealed record RenderedMessage(string Body, bool IsHtml, IReadOnlyList<TextRange> DataRanges)
{
    /// <summary>A text message that is data from end to end, for a body that did not come from a template.</summary>
    public static RenderedMessage FromData(string text) => new(text, false, text.Length == 0 ? [] : [new TextRange(0, text.Length)]);

    public bool IsData(int start, int end) => DataRanges.Any(range => range.Overlaps(start, end));
}
