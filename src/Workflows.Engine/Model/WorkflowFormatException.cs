namespace Workflows.Engine.Model;

/// <summary>A workflow document that cannot be read, with the JSON path of the problem.</summary>
public sealed class WorkflowFormatException(string message, string path) : Exception($"{path}: {message}")
{
    public string Path { get; } = path;

    public string Reason { get; } = message;
}
