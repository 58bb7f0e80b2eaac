using System.Text;

namespace Workflows.Engine.Templating;

/// <summary>
/// What a template renders into. It stops as soon as the text would pass the limit (or the template has
/// repeated that many pieces), records which parts came from data when asked to, and in an HTML message escapes each
/// value for where it lands: text, an attribute, or a link address, whose value is replaced by <c>#</c> when
/// data made it anything but a web, email or relative address.
/// </summary>
internal sealed class TemplateOutput(int maxChars, bool html, bool recordsData)
{
    // Every step renders its parameters: one builder per thread is reused rather than one made per render.
    [ThreadStatic] private static StringBuilder? t_spare;

    private const int MaxSpareCapacity = 4_096;

    private readonly StringBuilder _text = RentBuilder();
    private readonly List<TextRange>? _data = recordsData ? [] : null;
    private readonly HtmlPosition? _position = html ? new HtmlPosition() : null;
    private long _pieces;

    public IReadOnlyList<TextRange> DataRanges => (IReadOnlyList<TextRange>?)_data ?? [];

    /// <summary>Counts one piece of work (a node written, a section item), so empty repetitions are bounded too.</summary>
    public void CountPiece()
    {
        if (++_pieces > maxChars)
        {
            throw new TemplateTooLargeException(maxChars);
        }
    }

    public void Literal(string text)
    {
        Reserve(text.Length);
        if (_position is null)
        {
            _text.Append(text);
            return;
        }
        foreach (var c in text)
        {
            Write(c, fromData: false);
        }
    }

    /// <summary>A value from data: escaped in an HTML message unless <paramref name="raw"/>.</summary>
    public void Value(string value, bool raw)
    {
        var start = _text.Length;
        var written = _position is null || raw ? value : Escape(value, _position.NeedsStrictEscaping);
        Reserve(written.Length);
        if (_position is null)
        {
            _text.Append(written);
        }
        else
        {
            foreach (var c in written)
            {
                Write(c, fromData: true);
            }
        }
        if (_data is not null && _text.Length > start)
        {
            _data.Add(new TextRange(start, _text.Length - start));
        }
    }

    /// <summary>The text written, once the template is done; nothing is written after.</summary>
    public string Finish()
    {
        if (_position is { InValue: true })
        {
            CheckUrlValue();
        }
        var text = _text.ToString();
        if (_text.Capacity <= MaxSpareCapacity)
        {
            t_spare = _text;
        }
        return text;
    }

    private static StringBuilder RentBuilder()
    {
        var spare = t_spare;
        t_spare = null;
        return spare?.Clear() ?? new StringBuilder();
    }

    private void Reserve(int length)
    {
        if (_text.Length + (long)length > maxChars)
        {
            throw new TemplateTooLargeException(maxChars);
        }
    }

    private void Write(char c, bool fromData)
    {
        var position = _position!;
        if (position.Ends(c))
        {
            CheckUrlValue();
        }
        position.Advance(c, _text.Length, fromData);
        _text.Append(c);
    }

    private void CheckUrlValue()
    {
        var position = _position!;
        if (!position.ValueHasData || !position.InUrlValue)
        {
            return;
        }
        var start = position.ValueStart;
        if (SafeUrls.IsAllowed(_text.ToString(start, _text.Length - start)))
        {
            return;
        }
        _text.Length = start;
        _text.Append('#');
        if (_data is null)
        {
            return;
        }
        _data.RemoveAll(range => range.Start >= start);
        for (var i = 0; i < _data.Count; i++)
        {
            if (_data[i].End > start)
            {
                _data[i] = _data[i] with { Length = start - _data[i].Start };
            }
        }
    }

    private static string Escape(string value, bool strict)
    {
        var escaped = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            HtmlMarkup.AppendEscaped(escaped, c, strict);
        }
        return escaped.ToString();
    }
}
