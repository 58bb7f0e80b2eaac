namespace Workflows.Blazor.Security;

/// <summary>The active workflow that listens at a webhook path, and its signing secret as stored (encrypted), when it has one.</summary>
public sealed record WebhookListener(string WorkflowId, string? ProtectedSigningSecret);
