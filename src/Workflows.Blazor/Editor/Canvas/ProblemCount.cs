namespace Workflows.Blazor.Editor.Canvas;

public sealed record ProblemCount(int Errors, int Warnings);
