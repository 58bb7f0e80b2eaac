using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Editor;
using Workflows.Blazor.Tests.Editor;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Tests.Components.Editor;

public sealed class ProblemsListTests : ComponentTest
{
    private static readonly ActionCatalog Actions = new(
    [
        new DeclaredAction(new ActionDeclaration("email_send", "Messages", "Sends an email.",
            [ActionParameter.Mandatory("to", ParameterType.String, "the recipient's email address"), ActionParameter.Optional("subject", ParameterType.String, "the subject line")])
        {
            Label = "Send email",
            Effect = Effect.SendsMessage,
        }),
    ]);

    private static readonly WorkflowDefinition Flow = new("Welcome",
    [
        EditorFlows.Step("start", StepTypes.Trigger, new JsonObject { ["type"] = "manual" }, ("success", "email_send")),
        EditorFlows.Step("email_send", StepTypes.Action, new JsonObject { ["type"] = "email_send", ["parameters"] = new JsonObject { ["subject"] = "Hi" } },
            ("success", "end"), ("error", "end")),
    ]);

    public ProblemsListTests() => Services.AddSingleton(Actions);

    [Fact]
    public void ProblemsList_NamesTheActionAndFieldByTheirLabels_WhenARequiredParameterIsMissing()
    {
        var report = new WorkflowValidator(Actions).Validate(Flow);

        var cut = Render<ProblemsList>(p => p.Add(c => c.Report, report).Add(c => c.Definition, Flow));

        var problem = cut.Find("[data-testid=problem]");
        Assert.Contains("Send email needs To: the recipient's email address.", problem.TextContent);
        Assert.Equal("Send email · To", cut.Find("[data-testid=problem-place]").TextContent);
        Assert.DoesNotContain("parameters", problem.TextContent);
        Assert.DoesNotContain("'to'", problem.TextContent);
        Assert.Equal(FindingCodes.MissingParameter, Assert.Single(report.Findings).Code);
    }

    [Fact]
    public void ProblemsList_NamesTheStepOnce_WhenItsFieldIsCalledLikeTheStep()
    {
        var flow = new WorkflowDefinition("Check",
        [
            EditorFlows.Step("start", StepTypes.Trigger, new JsonObject { ["type"] = "manual" }, ("success", "is_vip")),
            EditorFlows.Step("is_vip", StepTypes.Condition, new JsonObject { ["expression"] = "{{input.total}} >" }, ("true", "end"), ("false", "end")),
        ]);
        var report = new WorkflowValidator(Actions).Validate(flow);

        var cut = Render<ProblemsList>(p => p.Add(c => c.Report, report).Add(c => c.Definition, flow));

        Assert.Equal(["Condition"], cut.FindAll("[data-testid=problem-place]").Select(place => place.TextContent).Distinct());
        Assert.DoesNotContain("is_vip", cut.Markup);
    }
}
