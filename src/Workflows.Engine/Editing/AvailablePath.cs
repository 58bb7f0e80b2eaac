namespace Workflows.Engine.Editing;

/// <summary>A template path the variable picker offers, e.g. <c>steps.get_customer.output</c>, with the step that provides it.</summary>
public sealed record AvailablePath(string Path, string? SourceStep, string Description)
{
    /// <summary>The path as it is written into a config field.</summary>
    public string Tag => $"{{{{{Path}}}}}";
}
