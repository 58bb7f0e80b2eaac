namespace Workflows.Engine.Journeys;

/// <summary>The kinds of entry in a contact's append-only context log, as stored and as the model reads them.</summary>
public static class ContextEntryKinds
{
    public const string Input = "input";
    public const string AddContext = "add_context";
    public const string Event = "event";
    public const string ActionTaken = "action_taken";
    public const string ActionScheduled = "action_scheduled";
    public const string ActionCancelled = "action_cancelled";
    public const string Decision = "decision";
    public const string DecisionRefused = "decision_refused";
    public const string Finished = "finished";
    public const string WorkflowFinished = "workflow_finished";

    public static readonly IReadOnlyList<string> All =
        [Input, AddContext, Event, ActionTaken, ActionScheduled, ActionCancelled, Decision, DecisionRefused, Finished, WorkflowFinished];

    /// <summary>Entries that come from outside (the contact, an operator, an event, a workflow the journey ran) and ask the model for a decision.</summary>
    public static bool AsksForDecision(string kind) => kind is Input or AddContext or Event or WorkflowFinished;
}
