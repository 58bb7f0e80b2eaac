using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Editor;
using Workflows.Blazor.Tests.Components;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Tests.Editor;

public sealed class StepPanelTests : ComponentTest, IClassFixture<DemoStoreApp>
{
    public StepPanelTests(DemoStoreApp app) => Services.AddSingleton(app.Factory.Services.GetRequiredService<ActionCatalog>());

    private IRenderedComponent<StepPanel> RenderPanel(StepDefinition step, params ValidationFinding[] findings)
    {
        var definition = new WorkflowDefinition("Flow", [EditorFlows.Step("start", StepTypes.Trigger, new JsonObject { ["type"] = "manual" }, ("success", step.Slug)), step]);
        return Render<StepPanel>(p => p
            .Add(c => c.Step, step)
            .Add(c => c.Definition, definition)
            .Add(c => c.Findings, findings));
    }

    /// <summary>The part of the form each designer draws, by its test id.</summary>
    private static readonly Dictionary<StepDesigner, string> DesignerIds = new()
    {
        [StepDesigner.TriggerInput] = "trigger-input",
        [StepDesigner.ApprovalForm] = "approval-designer",
        [StepDesigner.SplitPaths] = "split-designer",
    };

    public static TheoryData<string, StepDesigner> DesignerOfEachType => new()
    {
        { StepTypes.Trigger, StepDesigner.TriggerInput },
        { StepTypes.Action, StepDesigner.None },
        { StepTypes.Llm, StepDesigner.None },
        { StepTypes.Condition, StepDesigner.None },
        { StepTypes.Loop, StepDesigner.None },
        { StepTypes.Approval, StepDesigner.ApprovalForm },
        { StepTypes.Wait, StepDesigner.None },
        { StepTypes.Split, StepDesigner.SplitPaths },
    };

    [Fact]
    public void DesignerOfEachType_CoversEveryDeclaredType() =>
        Assert.Equal(StepTypes.All.Select(t => t.Name), DesignerOfEachType.Select(row => (string)row[0]));

    [Theory]
    [MemberData(nameof(DesignerOfEachType))]
    public void Panel_ShowsTheDesignerTheStepTypeDeclares_AndNoOther(string type, StepDesigner expected)
    {
        var declaration = StepTypes.Find(type)!;
        var step = EditorFlows.Step("step", type, declaration.Palette?.NewConfig() ?? new JsonObject { ["type"] = "email_send" });

        var panel = RenderPanel(step);

        Assert.Equal(expected, declaration.Designer);
        Assert.Equal(DesignerIds.Where(d => d.Key == expected).Select(d => d.Value),
            DesignerIds.Values.Where(id => panel.FindAll($"[data-testid={id}]").Count > 0));
    }

    [Fact]
    public void TriggerDesigner_AsksForTheInputFields_OfATriggerStartedByHand_AndForASample_OfOneThatReceivesACall()
    {
        var byHand = RenderPanel(EditorFlows.Step("step", StepTypes.Trigger, new JsonObject { ["type"] = TriggerTypes.Manual }));
        var webhook = RenderPanel(EditorFlows.Step("step", StepTypes.Trigger, new JsonObject { ["type"] = TriggerTypes.Webhook, ["path"] = "/webhooks/orders" }));

        Assert.Contains("What it asks for", byHand.Find("[data-testid=trigger-input]").TextContent);
        Assert.Empty(byHand.FindAll("[data-testid=sample-payload]"));
        Assert.Contains("Paste a sample of what the call sends", webhook.Find("[data-testid=trigger-input]").TextContent);
    }

    [Fact]
    public void TextField_ShowsNoProblem_WhenTheValidatorFoundNone()
    {
        var panel = RenderPanel(EditorFlows.Step("wait", StepTypes.Wait, new JsonObject { ["duration"] = "1 day" }));

        Assert.DoesNotContain("ProblemOf", panel.Markup);
        Assert.Empty(panel.FindAll("[data-testid=field-duration] .mud-input-error"));
    }

    [Fact]
    public void TextField_ShowsTheValidatorsMessage_WhenItsFieldHasAnError()
    {
        var problem = new ValidationFinding("bad_duration", FindingSeverity.Error, "wait", "'soon' is not a duration.") { Field = "config.duration" };

        var panel = RenderPanel(EditorFlows.Step("wait", StepTypes.Wait, new JsonObject { ["duration"] = "soon" }), problem);

        Assert.Contains("'soon' is not a duration.", panel.Find("[data-testid=field-duration]").TextContent);
        Assert.DoesNotContain("'soon' is not a duration.", panel.Find("[data-testid=field-until]").TextContent);
    }

    [Fact]
    public void ActionFields_SayWhatToEnter_NotWhereTheyAreUsed()
    {
        var email = EditorFlows.Step("send_email", StepTypes.Action, new JsonObject { ["type"] = "email_send" });

        var panel = RenderPanel(email);

        var labels = panel.FindAll("label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains("To *", labels);
        Assert.Contains("Customer ID", labels);
        Assert.Contains("Step ID", labels);
        Assert.DoesNotContain(labels, l => l.Contains("{{", StringComparison.Ordinal) || l.Contains("customerId", StringComparison.Ordinal));
        Assert.Equal("Send email", panel.Find("[data-testid=field-type] input").GetAttribute("value"));
    }

    [Fact]
    public void EmailBody_IsAMultiLineField()
    {
        var email = EditorFlows.Step("send_email", StepTypes.Action, new JsonObject { ["type"] = "email_send" });

        var panel = RenderPanel(email);

        Assert.Equal("true", panel.Find("[data-testid='field-parameters.body'] [role=textbox]").GetAttribute("aria-multiline"));
        Assert.Equal("false", panel.Find("[data-testid='field-parameters.subject'] [role=textbox]").GetAttribute("aria-multiline"));
    }

    [Theory]
    [InlineData("webhook", "sample-payload")]
    [InlineData("event", "sample-payload")]
    [InlineData("manual", "add-input-field")]
    public void Trigger_AsksForItsInputShape_AsItsTypeReceivesInput(string type, string part)
    {
        var trigger = EditorFlows.Step("start", StepTypes.Trigger, new JsonObject { ["type"] = type });

        var panel = Render<StepPanel>(p => p.Add(c => c.Step, trigger).Add(c => c.Definition, new WorkflowDefinition("Flow", [trigger])));

        Assert.Single(panel.FindAll($"[data-testid={part}]"));
    }

    [Fact]
    public void WebhookTrigger_GivesAnAddressTheValidatorAcceptsAndTheServerListensAt()
    {
        var trigger = EditorFlows.Step("start", StepTypes.Trigger, new JsonObject { ["type"] = "webhook" });

        var panel = Render<StepPanel>(p => p.Add(c => c.Step, trigger).Add(c => c.Definition, new WorkflowDefinition("Flow", [trigger])));

        var help = panel.Find("[data-testid=field-path]").TextContent;
        var example = System.Text.RegularExpressions.Regex.Match(help, @"e\.g\. (/[A-Za-z0-9_/{}-]+)").Groups[1].Value;
        Assert.True(WebhookPaths.IsValid(example), $"The hint's example '{example}' breaks the rule.");
        Assert.StartsWith(WebhookPaths.Prefix, example);
    }

    [Fact]
    public void Name_OffersTheStepsPlainTitle_NotItsId_WhenUnnamed()
    {
        var panel = RenderPanel(EditorFlows.Step("wait_3", StepTypes.Wait, new JsonObject { ["duration"] = "1 day" }));

        Assert.Equal("Wait", panel.Find("[data-testid=step-name]").GetAttribute("placeholder"));
    }

    [Fact]
    public void ScheduleTrigger_AsksForNoInputShape()
    {
        var trigger = EditorFlows.Step("start", StepTypes.Trigger, new JsonObject { ["type"] = "schedule", ["cron"] = "0 9 * * 1" });

        var panel = Render<StepPanel>(p => p.Add(c => c.Step, trigger).Add(c => c.Definition, new WorkflowDefinition("Flow", [trigger])));

        Assert.Empty(panel.FindAll("[data-testid=sample-payload]"));
        Assert.Empty(panel.FindAll("[data-testid=add-input-field]"));
    }
}
