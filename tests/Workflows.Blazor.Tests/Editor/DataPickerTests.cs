using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Editor;
using Workflows.Blazor.Editor;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Tests.Components;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Editor;

public sealed class DataPickerTests : ComponentTest, IClassFixture<DemoStoreApp>
{
    private readonly ActionCatalog _actions;

    public DataPickerTests(DemoStoreApp app)
    {
        _actions = app.Factory.Services.GetRequiredService<ActionCatalog>();
        Services.AddSingleton(_actions);
    }

    /// <summary>start → get customer → send email, as a marketer builds it.</summary>
    private static WorkflowDefinition Flow() => new("VIP offer",
    [
        EditorFlows.Step("start", StepTypes.Trigger, new JsonObject { ["type"] = "manual" }, ("success", "get_customer")),
        EditorFlows.Step("get_customer", StepTypes.Action,
            new JsonObject { ["type"] = "customer.get_by_id", ["parameters"] = new JsonObject { ["customerId"] = "{{input.customerId}}" } }, ("success", "send_email")),
        EditorFlows.Step("send_email", StepTypes.Action, new JsonObject { ["type"] = "email_send", ["parameters"] = new JsonObject { ["body"] = "Hi " } }),
    ]);

    private IRenderedComponent<StepPanel> RenderPanel(Action<JsonNode?>? changed = null, RunValues? values = null)
    {
        var definition = Flow();
        var step = definition.Steps[2];
        return Render<StepPanel>(p => p
            .Add(c => c.Step, step)
            .Add(c => c.Definition, definition)
            .Add(c => c.Data, DataTree.For(definition, step.Slug, _actions))
            .Add(c => c.Values, values ?? RunValues.None)
            .Add(c => c.OnConfigChanged, change => changed?.Invoke(change.Value)));
    }

    [Fact]
    public void Picker_ShowsEarlierStepsFields_WithLabelsAndTypes()
    {
        var panel = RenderPanel();

        panel.Find("[data-testid='pick-parameters.body']").Click();

        var email = panel.Find("[data-testid='pick-steps.get_customer.output.email']");
        Assert.Contains("Email", email.TextContent);
        Assert.Contains("text", email.QuerySelector(".data-type")!.TextContent);
        Assert.Contains("Get customer", panel.Find("[data-testid='pick-steps.get_customer.output']").TextContent);
        Assert.Empty(panel.FindAll("[data-testid^='pick-steps.send_email']"));
    }

    [Fact]
    public void ChoosingAField_InsertsItsTemplateText_AndShowsItAsAReadableToken()
    {
        JsonNode? committed = null;
        var panel = RenderPanel(value => committed = value);

        panel.Find("[data-testid='pick-parameters.body']").Click();
        panel.Find("[data-testid='pick-steps.get_customer.output.name']").Click();

        Assert.Equal("Hi {{steps.get_customer.output.name}}", committed?.GetValue<string>());
        Assert.Empty(panel.FindAll("[data-testid=data-picker]"));
    }

    [Fact]
    public void Field_ShowsTheValuesItReads_AsTokens()
    {
        var definition = Flow();
        var step = definition.Steps[2] with
        {
            Config = new JsonObject { ["type"] = "email_send", ["parameters"] = new JsonObject { ["to"] = "{{steps.get_customer.output.email}}" } },
        };

        var panel = Render<StepPanel>(p => p
            .Add(c => c.Step, step)
            .Add(c => c.Definition, definition)
            .Add(c => c.Data, DataTree.For(definition, step.Slug, _actions)));

        Assert.Equal("Get customer › Email", panel.Find("[data-testid='field-parameters.to'] [role=textbox] .token-chip").TextContent);
    }

    [Fact]
    public void MultiLineField_ReadsAsItsWords_WithEachValueAsAChip()
    {
        var definition = Flow();
        var step = definition.Steps[2] with
        {
            Config = new JsonObject { ["type"] = "email_send", ["parameters"] = new JsonObject { ["body"] = "Hi {{steps.get_customer.output.name}},\nyour offer." } },
        };

        var panel = Render<StepPanel>(p => p
            .Add(c => c.Step, step)
            .Add(c => c.Definition, definition)
            .Add(c => c.Data, DataTree.For(definition, step.Slug, _actions)));

        var box = panel.Find("[data-testid='field-parameters.body'] [role=textbox]");
        Assert.Equal("true", box.GetAttribute("aria-multiline"));
        Assert.Equal("Hi Get customer › Name,\nyour offer.", box.TextContent);
        Assert.Equal("{{steps.get_customer.output.name}}", box.QuerySelector(".token-chip")!.GetAttribute("data-tag"));
        Assert.Equal("Hi {{steps.get_customer.output.name}},\nyour offer.", box.GetAttribute("data-text"));
    }

    [Fact]
    public void RawTextSwitch_ShowsTheFieldsTemplateText_InAPlainBox()
    {
        var definition = Flow();
        var step = definition.Steps[2] with
        {
            Config = new JsonObject { ["type"] = "email_send", ["parameters"] = new JsonObject { ["body"] = "Hi {{steps.get_customer.output.name}}" } },
        };
        var panel = Render<StepPanel>(p => p
            .Add(c => c.Step, step)
            .Add(c => c.Definition, definition)
            .Add(c => c.Data, DataTree.For(definition, step.Slug, _actions)));

        panel.Find("[data-testid='raw-parameters.body']").Click();

        Assert.Empty(panel.FindAll("[data-testid='field-parameters.body'] [role=textbox]"));
        Assert.Equal("Hi {{steps.get_customer.output.name}}", panel.Find("[data-testid='field-parameters.body'] textarea").GetAttribute("value"));
        Assert.Equal("true", panel.Find("[data-testid='raw-parameters.body']").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void Picker_ShowsTheLastTestRunsValue_BesideItsField()
    {
        var run = new ExecutionDetails("exec_1", "wf_1", 1, ExecutionStatus.Completed, "manual", null, null, new JsonObject { ["customerId"] = "cust_456" }, null, null, null, null,
            DateTimeOffset.UnixEpoch, null, null,
            [
                new ExecutionStepDetails(1, "get_customer", StepTypes.Action, null, 1, StepRecordStatus.Completed, null,
                    new JsonObject { ["name"] = "Ana Lima", ["email"] = "ana@example.com" }, "success", null, DateTimeOffset.UnixEpoch, 3),
            ]);

        var panel = RenderPanel(values: RunValues.From(run));
        panel.Find("[data-testid='pick-parameters.body']").Click();

        Assert.Equal("ana@example.com", panel.Find("[data-testid='pick-steps.get_customer.output.email'] .data-value").TextContent);
        panel.Find("[data-testid='toggle-input']").Click();
        Assert.Equal("cust_456", panel.Find("[data-testid='pick-input.customerId'] .data-value").TextContent);
    }

    [Fact]
    public void Picker_OpensAndClosesGroups_WithoutLeavingTheField()
    {
        var panel = RenderPanel();
        panel.Find("[data-testid='pick-parameters.body']").Click();

        Assert.Empty(panel.FindAll("[data-testid='pick-input.customerId']"));
        panel.Find("[data-testid='toggle-input']").Click();
        Assert.NotEmpty(panel.FindAll("[data-testid='pick-input.customerId']"));
        panel.Find("[data-testid='toggle-steps.get_customer.output']").Click();

        Assert.Empty(panel.FindAll("[data-testid='pick-steps.get_customer.output.email']"));
    }
}
