namespace Workflows.Blazor.Journeys;

/// <summary>What asking to decide a run found: claimed for the caller, another already asking the model, or nothing to decide.</summary>
public enum DecisionClaim
{
    Claimed,
    Busy,
    NotDue,
}
