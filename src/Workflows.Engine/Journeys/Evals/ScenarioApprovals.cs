using System.Text.Json.Serialization;

namespace Workflows.Engine.Journeys.Evals;

/// <summary>
/// How the scenario's reviewer answers the actions that need approval: all alike (<c>"approvals": "rejected"</c>), or
/// per action (<c>"approvals": { "sms_send": "rejected" }</c>, others approved). Without it every approval is granted.
/// </summary>
[JsonConverter(typeof(ScenarioApprovalsConverter))]
public sealed record ScenarioApprovals(string Default, IReadOnlyDictionary<string, string> PerAction)
{
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    public static readonly ScenarioApprovals AllApproved = new(Approved, new Dictionary<string, string>());

    public bool Rejects(string action) => (PerAction.GetValueOrDefault(action) ?? Default) == Rejected;
}
