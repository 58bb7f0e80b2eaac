namespace Workflows.Engine.Editing;

/// <summary>A link the editor will not draw, with the reason to show the user.</summary>
public sealed record ConnectionRefusal(ConnectionProblem Problem, string Reason);
