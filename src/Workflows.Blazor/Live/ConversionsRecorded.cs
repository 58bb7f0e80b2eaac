namespace Workflows.Blazor.Live;

/// <summary>Runs of the workflow reached one of its conversion goals.</summary>
public sealed record ConversionsRecorded(string WorkflowId) : Change;
