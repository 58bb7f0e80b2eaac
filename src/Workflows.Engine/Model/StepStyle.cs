namespace Workflows.Engine.Model;

/// <summary>How a step type looks: its colour (<c>#rrggbb</c>) and the name of its Material icon (<c>PlayCircle</c>).</summary>
public sealed record StepStyle(string Colour, string Icon);
