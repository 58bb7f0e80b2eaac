using Workflows.Engine.Model;

namespace Workflows.Engine.Runtime.Actions;

/// <summary>One parameter an action takes: the editor's form field, the validator's check and the LLM tool's argument.</summary>
public sealed record ActionParameter(string Name, ParameterType Type, bool Required, string Description)
{
    /// <summary>
    /// A message people read (an email body, a text message, a document): rendered as HTML with its values
    /// escaped when the designer's template is HTML, otherwise as text (<see cref="Templating.TemplateRenderer.RenderMessage"/>).
    /// </summary>
    public bool IsMessage { get; init; }

    /// <summary>Text people write at length (an email's body, a note), edited in a text area.</summary>
    public bool Multiline { get; init; }

    /// <summary>What the form calls it, e.g. "To"; by default the name in words.</summary>
    public string? Label { get; init; }

    /// <summary>The label, or the name in words when it has none.</summary>
    public string Title => Label ?? Labels.Humanize(Name);

    /// <summary>The description as the end of a sentence: "The http or https URL to call." reads "the http or https URL to call".</summary>
    public string Purpose
    {
        get
        {
            var text = Description.Trim().TrimEnd('.');
            return text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
        }
    }

    public static ActionParameter Mandatory(string name, ParameterType type, string description) => new(name, type, true, description);

    public static ActionParameter Optional(string name, ParameterType type, string description) => new(name, type, false, description);
}
