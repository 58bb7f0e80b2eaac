namespace Workflows.Engine.Experiments;

/// <summary>
/// One path of a split step: its name, which is also the port it leaves by, its weight, and whether it is the
/// holdout, whose contacts get nothing and whose runs end at the split.
/// </summary>
public sealed record SplitPath(string Name, double Weight, bool Holdout = false);
