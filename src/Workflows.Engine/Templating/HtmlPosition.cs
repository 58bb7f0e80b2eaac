namespace Workflows.Engine.Templating;

/// <summary>
/// Where the next character of an HTML message lands: in text, inside a tag, or in an attribute's value
/// (and which attribute). Fed every character written, so values are escaped for the place they go.
/// </summary>
internal sealed class HtmlPosition
{
    private const int MaxNameLength = 32;
    private readonly System.Text.StringBuilder _name = new();
    private State _state;

    private enum State { Text, Tag, Name, AfterName, BeforeValue, DoubleQuoted, SingleQuoted, Unquoted }

    /// <summary>Where the current attribute's value starts in the output.</summary>
    public int ValueStart { get; private set; }

    /// <summary>True when data has written part of the current attribute's value.</summary>
    public bool ValueHasData { get; private set; }

    public bool InValue => _state is State.DoubleQuoted or State.SingleQuoted or State.Unquoted;

    /// <summary>Outside text and quoted values, white space or '=' in a value would start a new attribute.</summary>
    public bool NeedsStrictEscaping => _state is not (State.Text or State.DoubleQuoted or State.SingleQuoted);

    public bool InUrlValue => InValue && SafeUrls.IsUrlAttribute(_name.ToString());

    /// <summary>True when <paramref name="c"/> closes the current attribute's value.</summary>
    public bool Ends(char c) => _state switch
    {
        State.DoubleQuoted => c == '"',
        State.SingleQuoted => c == '\'',
        State.Unquoted => char.IsWhiteSpace(c) || c == '>',
        _ => false,
    };

    /// <summary>Moves past <paramref name="c"/>, written at <paramref name="index"/> of the output.</summary>
    public void Advance(char c, int index, bool fromData)
    {
        switch (_state)
        {
            case State.Text:
                if (c == '<')
                {
                    _state = State.Tag;
                    _name.Clear();
                }
                break;
            case State.Tag or State.Name or State.AfterName:
                InTag(c);
                break;
            case State.BeforeValue:
                if (c is '"' or '\'')
                {
                    StartValue(c == '"' ? State.DoubleQuoted : State.SingleQuoted, index + 1);
                }
                else if (c == '>')
                {
                    _state = State.Text;
                }
                else if (!char.IsWhiteSpace(c))
                {
                    StartValue(State.Unquoted, index);
                    ValueHasData |= fromData;
                }
                break;
            default:
                if (Ends(c))
                {
                    _state = c == '>' ? State.Text : State.Tag;
                }
                else
                {
                    ValueHasData |= fromData;
                }
                break;
        }
    }

    private void InTag(char c)
    {
        if (c == '>')
        {
            _state = State.Text;
        }
        else if (c == '=' && _state is State.Name or State.AfterName)
        {
            _state = State.BeforeValue;
        }
        else if (char.IsWhiteSpace(c) || c == '/')
        {
            _state = _state == State.Name ? State.AfterName : _state;
        }
        else
        {
            if (_state != State.Name)
            {
                _name.Clear();
                _state = State.Name;
            }
            if (_name.Length < MaxNameLength)
            {
                _name.Append(c);
            }
        }
    }

    private void StartValue(State state, int start)
    {
        _state = state;
        ValueStart = start;
        ValueHasData = false;
    }
}
