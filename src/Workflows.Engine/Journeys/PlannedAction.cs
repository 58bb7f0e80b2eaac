using System.Text.Json.Nodes;

namespace Workflows.Engine.Journeys;

/// <summary>An accepted scheduled action: what, with which parameters (defaults merged), when it is due, and why.</summary>
public sealed record PlannedAction(string Action, JsonObject Parameters, DateTimeOffset DueAt, string Reason)
{
    /// <summary>How the action repeats after its first time, if it does.</summary>
    public Repeat? Repeat { get; init; }

    /// <summary>When the action was wanted, if quiet hours moved it to <see cref="DueAt"/>.</summary>
    public DateTimeOffset? MovedFrom { get; init; }

    /// <summary>An action the model wants now that must first wait for a reviewer: held as scheduled for now.</summary>
    public static PlannedAction AwaitingApproval(DecidedAction action, DateTimeOffset now) =>
        new(action.Action, action.Parameters, now, $"Waits for a reviewer's approval. {action.Reason}".Trim());
}
