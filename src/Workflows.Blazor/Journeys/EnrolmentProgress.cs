namespace Workflows.Blazor.Journeys;

/// <summary>How far a many-contact enrolment has come: <paramref name="Done"/> of <paramref name="Total"/> contacts handled.</summary>
public sealed record EnrolmentProgress(int Done, int Total);
