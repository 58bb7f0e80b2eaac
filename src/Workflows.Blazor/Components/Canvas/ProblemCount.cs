namespace Workflows.Blazor.Components.Canvas;

public sealed record ProblemCount(int Errors, int Warnings);
