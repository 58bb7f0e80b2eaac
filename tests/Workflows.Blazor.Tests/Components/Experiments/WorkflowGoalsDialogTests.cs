using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workflows.Blazor.Components.Experiments;
using Workflows.Blazor.Editor;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Components.Experiments;

/// <summary>The workflow editor's conversion goals: the dialog hands back the goals as written, and the edit sets <c>config.goals</c> alone.</summary>
public sealed class WorkflowGoalsDialogTests : ComponentTest
{
    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> OpenAsync(JsonNode? goals)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await dialogs.ShowAsync<WorkflowGoalsDialog>("Conversion goals",
            new DialogParameters<WorkflowGoalsDialog> { { d => d.Goals, goals } }));
        return (provider, dialog!);
    }

    [Fact]
    public async Task Done_HandsBackTheGoalsAsEdited()
    {
        var (provider, dialog) = await OpenAsync(JsonNode.Parse("""[{"event": "email.clicked"}, {"name": "Big order", "event": "order.placed"}]"""));

        provider.Find("[data-testid=goal-remove-0]").Click();
        provider.Find("input[data-testid=goal-name-0]").Change("Any order");
        provider.Find("[data-testid=goals-done]").Click();

        var goals = Assert.IsType<JsonArray>((await dialog.Result)!.Data);
        Assert.Equal("""[{"name":"Any order","event":"order.placed"}]""", goals.ToJsonString());
    }

    [Fact]
    public async Task Done_WithEveryGoalRemoved_HandsBackAnEmptyList()
    {
        var (provider, dialog) = await OpenAsync(JsonNode.Parse("""[{"event": "order.placed"}]"""));

        provider.Find("[data-testid=goal-remove-0]").Click();
        provider.Find("[data-testid=goals-done]").Click();

        Assert.Empty(Assert.IsType<JsonArray>((await dialog.Result)!.Data));
    }

    [Fact]
    public void SettingGoals_KeepsTheWorkflowsOtherSettings_AndNoGoalsRemovesTheSetting()
    {
        var definition = new WorkflowDefinition("w", []) { Config = new JsonObject { ["timeout"] = "1 hour" } };
        JsonArray goals = [new JsonObject { ["event"] = "order.placed" }];

        var withGoals = WorkflowSettingEdits.With(definition, ConversionGoals.ConfigKey, goals);
        var without = WorkflowSettingEdits.With(withGoals, ConversionGoals.ConfigKey, null);

        Assert.Equal("""{"timeout":"1 hour","goals":[{"event":"order.placed"}]}""", withGoals.Config!.ToJsonString());
        Assert.Equal("""{"timeout":"1 hour"}""", without.Config!.ToJsonString());
        Assert.Same(withGoals, WorkflowSettingEdits.With(withGoals, ConversionGoals.ConfigKey, goals.DeepClone()));
    }
}
