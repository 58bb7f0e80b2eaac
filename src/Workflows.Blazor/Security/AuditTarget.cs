namespace Workflows.Blazor.Security;

/// <summary>What an audit entry is about, as people name it, and the page that shows it (none for secrets, keys, users).</summary>
public sealed record AuditTarget(string Name, string? Link = null)
{
    public static AuditTarget Workflow(string id, string name) => new(name, $"/workflows/{Uri.EscapeDataString(id)}");

    public static AuditTarget Run(string id, string name) => new(name, $"/executions/{Uri.EscapeDataString(id)}");

    public static AuditTarget Journey(string id, string name) => new(name, $"/journeys/{Uri.EscapeDataString(id)}");

    public static implicit operator AuditTarget(string name) => new(name);
}
