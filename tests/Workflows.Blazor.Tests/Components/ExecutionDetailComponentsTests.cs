using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workflows.Blazor.Ai;
using Workflows.Blazor.Components.Pages.Executions;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Runner;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Components;

public sealed class ExecutionDetailComponentsTests : ComponentTest
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static ExecutionSummary Run(string id, ExecutionStatus status) =>
        new(id, "wf", "Welcome", 1, status, "manual", null, Start, Start, null, 2, null, null);

    [Fact]
    public void BulkBar_CountsOnlyTheRunsEachActionAppliesTo()
    {
        var cut = Render<BulkActionBar>(p => p.Add(c => c.Selected, [Run("a", ExecutionStatus.Waiting), Run("b", ExecutionStatus.Running), Run("c", ExecutionStatus.Failed), Run("d", ExecutionStatus.Completed)]));

        Assert.Contains("4", cut.Find("[data-testid=bulk-bar]").TextContent);
        Assert.Equal("Cancel 2", cut.Find("[data-testid=bulk-cancel]").TextContent.Trim());
        Assert.Equal("Retry 1", cut.Find("[data-testid=bulk-retry]").TextContent.Trim());
        Assert.Contains("the others are skipped", cut.Markup);
    }

    [Fact]
    public void BulkBar_DisablesRetry_WhenNoSelectedRunFailed()
    {
        var cancelled = 0;
        var cut = Render<BulkActionBar>(p => p.Add(c => c.Selected, [Run("a", ExecutionStatus.Waiting)]).Add(c => c.OnCancel, () => cancelled++));

        cut.Find("[data-testid=bulk-cancel]").Click();

        Assert.Equal(1, cancelled);
        Assert.True(cut.Find("[data-testid=bulk-retry]").HasAttribute("disabled"));
    }

    [Fact]
    public void BulkBar_ShowsHowFarACancelHasCome_AndStopsWhenAsked()
    {
        var stopped = 0;
        var cut = Render<BulkActionBar>(p => p.Add(c => c.Selected, [Run("a", ExecutionStatus.Waiting), Run("b", ExecutionStatus.Waiting)])
            .Add(c => c.Working, "Cancelling").Add(c => c.Progress, new WorkProgress(12, 40)).Add(c => c.OnStop, () => stopped++));

        Assert.Equal("Cancelling 12 of 40 runs…", cut.Find("[data-testid=bulk-progress-text]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=bulk-cancel]"));
        cut.Find("[data-testid=bulk-progress-stop]").Click();

        Assert.Equal(1, stopped);
    }

    [Fact]
    public void BulkBar_IsHidden_WithNothingSelected()
    {
        var cut = Render<BulkActionBar>(p => p.Add(c => c.Selected, []));

        Assert.Empty(cut.FindAll("[data-testid=bulk-bar]"));
    }

    [Fact]
    public async Task RetryDialog_SaysWhereTheJsonIsBroken_AndReturnsOnlyWhatChanged()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await dialogs.ShowAsync<RetryChangesDialog>("Retry", new DialogParameters<RetryChangesDialog>
        {
            { d => d.FailedStep, "greet" },
            { d => d.Input, new JsonObject { ["customer"] = new JsonObject() } },
            { d => d.Variables, new JsonObject { ["region"] = "south" } },
        }));

        provider.Find("textarea[data-testid=retry-input]").Change("""{ "customer": { "name": "Ada" """);
        provider.Find("[data-testid=retry-with-changes]").Click();
        Assert.Contains("The input is not valid JSON (line 1", provider.Markup);
        Assert.False(dialog!.Result.IsCompleted);

        provider.Find("textarea[data-testid=retry-input]").Change("""{ "customer": { "name": "Ada" } }""");
        provider.Find("[data-testid=retry-with-changes]").Click();
        var result = await dialog.Result;

        var changes = Assert.IsType<RetryChanges>(result!.Data);
        Assert.Equal("Ada", changes.Input!["customer"]!["name"]!.GetValue<string>());
        Assert.Null(changes.Variables);
    }

    [Fact]
    public async Task RetryDialog_RefusesVariablesThatAreNotAnObject()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        await provider.InvokeAsync(() => dialogs.ShowAsync<RetryChangesDialog>("Retry", new DialogParameters<RetryChangesDialog> { { d => d.FailedStep, "greet" } }));

        provider.Find("textarea[data-testid=retry-variables]").Change("[1, 2]");
        provider.Find("[data-testid=retry-with-changes]").Click();

        Assert.Contains("The variables must be a JSON object", provider.Markup);
    }

    [Fact]
    public void WaitList_ShowsTheEventThatArrived_WithItsPayload()
    {
        var cut = Render<WaitList>(p => p.Add(c => c.Waits,
        [
            new ExecutionWait("pause", "event", "email.opened", "arrived", Start, Start.AddDays(2), Start.AddHours(3),
                new JsonObject { ["type"] = "email.opened", ["data"] = new JsonObject { ["campaign"] = "welcome" } }),
        ]));

        var wait = cut.Find("[data-testid=wait]");
        Assert.Contains("the event email.opened", wait.TextContent);
        Assert.Contains("arrived 2026-11-23 12:00:00", wait.TextContent);
        Assert.Contains("\"campaign\": \"welcome\"", wait.TextContent);
    }

    [Fact]
    public void WaitList_ShowsItsTimes_InTheReadersZone()
    {
        JSInterop.SetupModule("./js/time-zone.js").Setup<string?>("timeZone").SetResult("Asia/Tokyo");

        var cut = Render<WaitList>(p => p.Add(c => c.Waits,
            [new ExecutionWait("pause", "timer", null, "waiting", Start, Start.AddDays(2), null, null)]));

        cut.WaitForAssertion(() => Assert.Contains("since 2026-11-23 18:00:00", cut.Find("[data-testid=wait]").TextContent));
        Assert.Contains("due 2026-11-25 18:00:00", cut.Find("[data-testid=wait]").TextContent);
    }

    [Fact]
    public void Conversation_MarksTheMessagesThisRunAdded()
    {
        var cut = Render<ThreadConversation>(p => p
            .Add(c => c.ThreadId, "thread-1")
            .Add(c => c.Messages, [new ThreadEntry(1, "user", "Earlier question", Start.AddDays(-1)), new ThreadEntry(2, "assistant", "Answer now", Start.AddSeconds(1))])
            .Add(c => c.RunStartedAt, Start)
            .Add(c => c.RunEndedAt, Start.AddSeconds(2)));

        var messages = cut.FindAll("[data-testid=thread-message]");
        Assert.DoesNotContain("this-run", messages[0].ClassName);
        Assert.Contains("this-run", messages[1].ClassName);
        Assert.Contains("Answer now", messages[1].TextContent);
    }

    [Fact]
    public void Inspector_ShowsTheVariablesAfterTheStep()
    {
        var step = new ExecutionStepDetails(2, "prepare", "action", null, 1, StepRecordStatus.Completed, null, null, "success", null, Start, 3)
        {
            Variables = new JsonObject { ["region"] = "south" },
        };

        var cut = Render<StepInspector>(p => p.Add(c => c.Step, step));

        Assert.Contains("\"region\": \"south\"", cut.Find("[data-testid=step-variables]").TextContent);
    }
}
