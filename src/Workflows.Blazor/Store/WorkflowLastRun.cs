namespace Workflows.Blazor.Store;

/// <summary>A workflow's most recent run, as the workflows list shows it.</summary>
public sealed record WorkflowLastRun(string ExecutionId, string Status, DateTimeOffset CreatedAt);
