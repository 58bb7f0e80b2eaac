using System.Globalization;

namespace Workflows.Engine.Templating;

/// <summary>A template would render more than the configured maximum, or repeat its sections more often than that.</summary>
public sealed class TemplateTooLargeException(int maxChars) : Exception(string.Create(CultureInfo.InvariantCulture,
    $"The text this template fills in would be longer than {maxChars:N0} characters, the most one value may hold. Shorten the template, or the list its sections repeat over."))
{
    public int MaxChars { get; } = maxChars;
}
