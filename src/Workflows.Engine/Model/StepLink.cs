namespace Workflows.Engine.Model;

/// <summary>A connection from one step's output port to another step.</summary>
public sealed record StepLink(string From, string Port, string To);
