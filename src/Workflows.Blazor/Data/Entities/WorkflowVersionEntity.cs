namespace Workflows.Blazor.Data.Entities;

/// <summary>A published, immutable definition. Executions keep running the version they started on.</summary>
public sealed class WorkflowVersionEntity
{
    public long Id { get; set; }

    public required string WorkflowId { get; set; }

    public int Version { get; set; }

    public required string DefinitionJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }
}
