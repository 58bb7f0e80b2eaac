namespace Workflows.Engine.Templating;

/// <summary>A path that does not lead to a value, with the nearest part that does.</summary>
public sealed class TemplatePathException(string path, string nearestExisting, string message) : Exception(message)
{
    public string Path { get; } = path;

    public string NearestExisting { get; } = nearestExisting;
}
