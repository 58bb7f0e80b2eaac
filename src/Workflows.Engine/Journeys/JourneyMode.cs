namespace Workflows.Engine.Journeys;

/// <summary>How contacts move through a journey.</summary>
public enum JourneyMode
{
    /// <summary>The model decides per contact, on every new context entry, within the guardrails.</summary>
    Adaptive,

    /// <summary>Contacts follow a reviewed workflow graph made from the policy, with no model in the loop.</summary>
    Locked,
}
