using System.Text.Json.Nodes;
using Workflows.Blazor.Live;
using Workflows.Blazor.Security;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Store;

/// <summary>
/// The changes people make to workflows, from the API or the pages, each recorded in the audit log
/// under whoever made it.
/// </summary>
public sealed class WorkflowCommands(WorkflowStore store, AuditLog audit, ChangeNotifications changes)
{
    public async Task<(string Id, ValidationReport Report)> ImportAsync(WorkflowDefinition definition, string actor, CancellationToken cancellationToken = default)
    {
        var (id, report) = await store.ImportAsync(definition, cancellationToken);
        await audit.RecordAsync(actor, AuditActions.WorkflowImported, id, definition.Name, cancellationToken);
        changes.Publish(new WorkflowChanged(id));
        return (id, report);
    }

    /// <summary>A new workflow with only a manual trigger, for people to build in the editor.</summary>
    public Task<(string Id, ValidationReport Report)> CreateAsync(string name, string actor, CancellationToken cancellationToken = default) =>
        ImportAsync(new WorkflowDefinition(name.Trim(), [new StepDefinition("start", StepTypes.Trigger,
            new JsonObject { ["type"] = TriggerTypes.Manual }, new Dictionary<string, string>()) { Name = "Start" }]), actor, cancellationToken);

    /// <summary>Copies a workflow's draft into a new workflow named "… (copy)"; the copy starts inactive with no versions.</summary>
    public async Task<string> DuplicateAsync(string id, string actor, CancellationToken cancellationToken = default)
    {
        var draft = await store.GetDraftAsync(id, cancellationToken);
        var (copy, _) = await ImportAsync(draft with { Name = $"{draft.Name} (copy)" }, actor, cancellationToken);
        return copy;
    }

    public async Task<int> PublishAsync(string id, string actor, CancellationToken cancellationToken = default)
    {
        var version = await store.PublishAsync(id, actor, cancellationToken);
        await audit.RecordAsync(actor, AuditActions.WorkflowPublished, id, $"version {version}", cancellationToken);
        changes.Publish(new WorkflowChanged(id));
        return version;
    }

    public async Task<int> ActivateAsync(string id, string actor, CancellationToken cancellationToken = default)
    {
        var version = await store.ActivateAsync(id, actor, cancellationToken);
        await audit.RecordAsync(actor, AuditActions.WorkflowActivated, id, $"version {version}", cancellationToken);
        changes.Publish(new WorkflowChanged(id));
        return version;
    }

    public async Task DeactivateAsync(string id, string actor, CancellationToken cancellationToken = default)
    {
        await store.DeactivateAsync(id, cancellationToken);
        await audit.RecordAsync(actor, AuditActions.WorkflowDeactivated, id, cancellationToken: cancellationToken);
        changes.Publish(new WorkflowChanged(id));
    }

    public async Task DeleteAsync(string id, string actor, CancellationToken cancellationToken = default)
    {
        await store.DeleteAsync(id, cancellationToken);
        await audit.RecordAsync(actor, AuditActions.WorkflowDeleted, id, cancellationToken: cancellationToken);
        changes.Publish(new WorkflowChanged(id));
    }

    /// <summary>Makes a published version the draft again, audited like a publish.</summary>
    public async Task RestoreAsync(string id, int version, string actor, CancellationToken cancellationToken = default)
    {
        await store.RestoreAsync(id, version, cancellationToken);
        await audit.RecordAsync(actor, AuditActions.WorkflowRestored, id, $"version {version}", cancellationToken);
        changes.Publish(new WorkflowChanged(id));
    }
}
