namespace Workflows.Engine.Preview;

/// <summary>Where a contact's run is when the preview's period ends.</summary>
public enum PreviewOutcome
{
    Completed,
    Waiting,
    Failed,
}
