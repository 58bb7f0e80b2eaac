using System.Text.Json.Nodes;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Editor;

/// <summary>
/// What the editor's Save, Publish, Activate, Deactivate and Test run do to the stored workflow. Each saves the draft
/// first, so a version is always made from what the designer sees; a test run runs the version it just published; a
/// draft with errors is refused before anything is stored. Refusals and failures become notices, never exceptions.
/// </summary>
public sealed class EditorRelease(WorkflowCommands commands, ExecutionStarter starter)
{
    /// <summary>The refusal shown when the draft has errors, so <paramref name="doing"/> must wait; null when it may go ahead.</summary>
    public static EditorOutcome? Refusal(EditorSession session, string doing) => session.Report.IsValid ? null : new EditorOutcome
    {
        ShowProblems = true,
        Notices = [new($"Fix the {session.Report.Errors.Count()} error(s) in Problems before you {doing}.", EditorNoticeKind.Warning)],
    };

    /// <summary>Saves the draft when it has unsaved changes; says nothing when it had none.</summary>
    public async Task<EditorOutcome> SaveAsync(string workflowId, EditorSession session, string actor, CancellationToken cancellationToken = default)
    {
        var notices = new List<EditorNotice>();
        await SaveDraftAsync(workflowId, session, actor, notices, cancellationToken);
        return new EditorOutcome { Notices = notices };
    }

    public Task<EditorOutcome> PublishAsync(string workflowId, EditorSession session, string actor, CancellationToken cancellationToken = default) =>
        Refusal(session, "publish") is { } refused ? Task.FromResult(refused) : GuardAsync(async notices =>
        {
            await SaveDraftAsync(workflowId, session, actor, notices, cancellationToken);
            var version = await commands.PublishAsync(workflowId, actor, cancellationToken);
            notices.Add(new($"Published as version {version}.", EditorNoticeKind.Success));
            return new EditorOutcome();
        });

    public Task<EditorOutcome> ActivateAsync(string workflowId, EditorSession session, string actor, CancellationToken cancellationToken = default) =>
        Refusal(session, "activate") is { } refused ? Task.FromResult(refused) : GuardAsync(async notices =>
        {
            await SaveDraftAsync(workflowId, session, actor, notices, cancellationToken);
            var version = await commands.ActivateAsync(workflowId, actor, cancellationToken);
            notices.Add(new($"Version {version} is active.", EditorNoticeKind.Success));
            return new EditorOutcome { Active = true, ActiveVersion = version };
        });

    public Task<EditorOutcome> DeactivateAsync(string workflowId, string actor, CancellationToken cancellationToken = default) =>
        GuardAsync(async notices =>
        {
            await commands.DeactivateAsync(workflowId, actor, cancellationToken);
            notices.Add(new("Deactivated: its trigger no longer starts runs.", EditorNoticeKind.Info));
            return new EditorOutcome { Active = false };
        });

    /// <summary>Saves, publishes the draft as a version and starts a test run of exactly that version with <paramref name="input"/>.</summary>
    public Task<EditorOutcome> StartTestRunAsync(string workflowId, EditorSession session, JsonNode input, string actor, CancellationToken cancellationToken = default) =>
        Refusal(session, "run it") is { } refused ? Task.FromResult(refused) : GuardAsync(async notices =>
        {
            await SaveDraftAsync(workflowId, session, actor, notices, cancellationToken);
            var version = await commands.PublishAsync(workflowId, actor, cancellationToken);
            var executionId = await starter.StartAsync(new RunRequest(workflowId, input, "manual") { IsTest = true, Version = version }, cancellationToken);
            return new EditorOutcome { TestRunId = executionId };
        });

    /// <summary>A draft the store cannot save is said so, and what follows goes ahead with the draft saved before.</summary>
    private async Task SaveDraftAsync(string workflowId, EditorSession session, string actor, List<EditorNotice> notices, CancellationToken cancellationToken)
    {
        if (!session.IsDirty)
        {
            return;
        }
        try
        {
            await commands.SaveDraftAsync(workflowId, session.Definition, actor, cancellationToken);
        }
        catch (AppException ex)
        {
            notices.Add(new(ex.Message, EditorNoticeKind.Error));
            return;
        }
        session.MarkSaved();
        notices.Add(new("Saved.", EditorNoticeKind.Success));
    }

    private static async Task<EditorOutcome> GuardAsync(Func<List<EditorNotice>, Task<EditorOutcome>> work)
    {
        var notices = new List<EditorNotice>();
        try
        {
            return await work(notices) with { Notices = notices };
        }
        catch (WorkflowValidationException ex)
        {
            notices.Add(new($"Refused: {ex.Report.Errors.First().Message}", EditorNoticeKind.Error));
            return new EditorOutcome { Notices = notices, ShowProblems = true };
        }
        catch (AppException ex)
        {
            notices.Add(new(ex.Message, EditorNoticeKind.Error));
            return new EditorOutcome { Notices = notices };
        }
    }
}
