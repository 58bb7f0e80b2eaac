using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Engine.Journeys.Evals;

/// <summary>
/// A journey eval: a policy with its allowed actions, a contact, a scripted timeline on a virtual clock, and what must
/// (and must not) happen. Stored as JSON in <c>assets/evals/journeys/</c>.
/// </summary>
public sealed record EvalScenario(string Name, string Policy, IReadOnlyList<AllowedAction> Actions, IReadOnlyList<ScenarioStep> Timeline, IReadOnlyList<Expectation> Expectations)
{
    public string? Description { get; init; }

    public JsonObject StartingContext { get; init; } = [];

    public JsonObject Contact { get; init; } = [];

    /// <summary>How long the virtual clock runs after the start, e.g. "21 days".</summary>
    public string Duration { get; init; } = "14 days";

    /// <summary>How the reviewer answers actions that need approval; all granted unless the scenario says otherwise.</summary>
    public ScenarioApprovals Approvals { get; init; } = ScenarioApprovals.AllApproved;

    public JourneyDefinition ToJourney() => new(Name, Policy, Actions) { StartingContext = StartingContext };

    /// <summary>A short hash of the policy and the allowed actions: results of a changed policy are a new version.</summary>
    public string PolicyVersion =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Policy.Trim() + JsonSerializer.Serialize(Actions, JourneyJson.Options))))[..10];

    /// <exception cref="FormatException">The file is not a scenario; the message says where.</exception>
    public static EvalScenario Parse(string json)
    {
        try
        {
            var scenario = JsonSerializer.Deserialize<EvalScenario>(json, JourneyJson.Options) ?? throw new FormatException("The scenario is empty.");
            if (scenario.Timeline.Count == 0)
            {
                throw new FormatException($"Scenario {scenario.Name} has no timeline.");
            }
            var unneeded = scenario.Approvals.PerAction.Keys.FirstOrDefault(a => scenario.ToJourney().Find(a)?.Guardrails.NeedsApproval != true);
            return unneeded is null ? scenario : throw new FormatException($"Scenario {scenario.Name} answers approvals for {unneeded}, which is not an allowed action that needs approval.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Not a journey scenario at {ex.Path ?? "$"}: {ex.Message.Split(". ")[0]}.", ex);
        }
    }
}
