namespace Workflows.Blazor.Kernel;

/// <summary>How far a long operation over many items has come (a segment enrolment, a bulk cancel): <paramref name="Done"/> of <paramref name="Total"/> handled.</summary>
public sealed record WorkProgress(int Done, int Total);
