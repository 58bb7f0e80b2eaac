namespace Workflows.Engine.Runtime;

/// <summary>A step that cannot do its work, with a message for the person reading the run.</summary>
public sealed class StepFailedException(string message) : Exception(message);
