namespace Workflows.Engine.Templating;

/// <summary>A template or path that cannot be parsed.</summary>
public sealed class TemplateSyntaxException(string message) : Exception(message);
