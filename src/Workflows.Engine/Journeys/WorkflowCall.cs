using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Engine.Journeys;

/// <summary>
/// A journey action that runs one of the app's workflows for the contact: allowed as <c>workflow:&lt;id&gt;</c>, guarded
/// like any other action, and when the run ends its result is added to the contact's log for the next decision.
/// </summary>
public static class WorkflowCall
{
    public const string Prefix = "workflow:";

    public static string ActionFor(string workflowId) => Prefix + workflowId;

    public static string? WorkflowIdOf(string action) =>
        action.StartsWith(Prefix, StringComparison.Ordinal) && action.Length > Prefix.Length ? action[Prefix.Length..] : null;

    /// <summary>The ids of the workflows a journey may run, in the order its actions list them.</summary>
    public static IReadOnlyList<string> WorkflowIdsIn(JourneyDefinition journey) =>
        [.. journey.Actions.Select(a => WorkflowIdOf(a.Action)).OfType<string>()];

    public static ActionDeclaration Declaration(string action, string? workflowName = null, string? workflowDescription = null)
    {
        var what = workflowName is null ? "Runs a workflow" : $"Runs the workflow '{workflowName}'";
        var description = $"{what} for this contact{(string.IsNullOrWhiteSpace(workflowDescription) ? "" : $" ({workflowDescription.Trim()})")}. " +
            "Its result arrives later as a workflow_finished entry.";
        return new ActionDeclaration(action, "workflow", description,
            [ActionParameter.Optional("input", ParameterType.Object, "extra input for the workflow; it always gets customerId and the journey's context")])
        {
            Effect = Effect.WritesData,
        };
    }

    /// <summary>The app's actions plus workflow calls: what a journey may allow.</summary>
    public static Func<string, ActionDeclaration?> Including(Func<string, ActionDeclaration?> actions) =>
        action => WorkflowIdOf(action) is not null ? Declaration(action) : actions(action);
}
