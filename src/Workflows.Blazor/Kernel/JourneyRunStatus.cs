namespace Workflows.Blazor.Kernel;

/// <summary>
/// Where a contact's way through a journey is: active while the journey may still act for them, finished once the
/// model ended it. Stored as its <see cref="StatusNames"/> word.
/// </summary>
public enum JourneyRunStatus
{
    Active,
    Finished,
}
