namespace Workflows.Blazor.Data.Entities;

/// <summary>A webhook path of an active workflow, with its optional signing secret (encrypted).</summary>
public sealed class WebhookEndpointEntity
{
    public required string Path { get; set; }

    public required string WorkflowId { get; set; }

    public string? ProtectedSigningSecret { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
