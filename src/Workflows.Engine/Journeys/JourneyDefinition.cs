using System.Text.Json.Nodes;

namespace Workflows.Engine.Journeys;

/// <summary>A journey as a marketer writes it: a policy in prose, the actions the model may take, what every contact starts with, and who enters.</summary>
public sealed record JourneyDefinition(string Name, string Policy, IReadOnlyList<AllowedAction> Actions)
{
    public JsonObject StartingContext { get; init; } = [];

    public JourneyMode Mode { get; init; } = JourneyMode.Adaptive;

    public JourneyAudience Audience { get; init; } = new();

    /// <summary>Who hears each action as it runs (the journey note's <c>on_action</c>).</summary>
    public IReadOnlyList<ActionSubscriber> Subscribers { get; init; } = [];

    /// <summary>In locked mode, the workflow made from the policy that contacts follow once a person has reviewed and activated it.</summary>
    public string? LockedWorkflowId { get; init; }

    /// <summary>The share of contacts (0–50%) held out: they enter the journey's records but get no decisions, so the journey's effect shows against them.</summary>
    public double HoldoutPercent { get; init; }

    /// <summary>What counts as a conversion for the journey's contacts, written as a workflow's goals are (<see cref="Experiments.ConversionGoals"/>).</summary>
    public JsonArray? Goals { get; init; }

    public AllowedAction? Find(string action) => Actions.FirstOrDefault(a => string.Equals(a.Action, action, StringComparison.Ordinal));
}
