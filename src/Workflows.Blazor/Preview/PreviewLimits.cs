namespace Workflows.Blazor.Preview;

/// <summary>How far and for how many contacts a preview may look.</summary>
public static class PreviewLimits
{
    public const int DefaultDays = 30;

    public const int MaxDays = 90;

    public const int MaxContacts = 1000;

    /// <summary>Fewer for a journey: each of its contacts asks the model at every turn, as the journey will.</summary>
    public const int MaxJourneyContacts = 300;

    public const int MaxScenarioEvents = 100;

    public const int MaxLlmOutputBytes = 64 * 1024;
}
