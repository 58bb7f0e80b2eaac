namespace Workflows.Engine.Journeys;

/// <summary>The actions one contact received, in order, and whether their journey finished.</summary>
public sealed record ObservedPath(IReadOnlyList<string> Actions, bool Finished);
