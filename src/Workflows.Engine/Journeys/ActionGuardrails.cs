namespace Workflows.Engine.Journeys;

/// <summary>Limits the app enforces on one allowed action, whatever the model decides.</summary>
public sealed record ActionGuardrails
{
    /// <summary>How often the action may run for one contact over the whole journey (taken plus still scheduled).</summary>
    public int? MaxPerContact { get; init; }

    /// <summary>How often the action may run for one contact on one calendar day (in the quiet hours' time zone, else UTC).</summary>
    public int? MaxPerDay { get; init; }

    /// <summary>When the action must not run; a decision that lands inside is moved to the window's end.</summary>
    public QuietHours? QuietHours { get; init; }

    /// <summary>The action waits in the approval inbox until a reviewer approves it.</summary>
    public bool NeedsApproval { get; init; }
}
