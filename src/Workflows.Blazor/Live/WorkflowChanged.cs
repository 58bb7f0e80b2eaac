namespace Workflows.Blazor.Live;

/// <summary>A workflow was created, published, activated, deactivated, restored or deleted.</summary>
public sealed record WorkflowChanged(string WorkflowId) : Change;
