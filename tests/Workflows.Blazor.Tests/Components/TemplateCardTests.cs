using System.Text.Json.Nodes;
using Workflows.Blazor.Components.Shared;
using Workflows.Blazor.Templates;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Tests.Components;

public sealed class TemplateCardTests : ComponentTest
{
    [Fact]
    public void TemplateCard_ShowsValid_WhenTheTemplateHasNoErrors()
    {
        var cut = Render<TemplateCard>(parameters => parameters.Add(p => p.Template, Template(new ValidationReport([]))));

        Assert.Contains("Welcome", cut.Markup);
        Assert.Contains("Valid", cut.Markup);
        Assert.Contains("Action × 2", cut.Markup);
    }

    [Fact]
    public void TemplateCard_CountsProblems_WhenTheTemplateHasErrors()
    {
        var report = new ValidationReport([
            new ValidationFinding(FindingCodes.UnknownActionType, FindingSeverity.Error, "send", "no such action"),
            new ValidationFinding(FindingCodes.MissingErrorPort, FindingSeverity.Warning, "send", "no error port"),
        ]);

        var cut = Render<TemplateCard>(parameters => parameters.Add(p => p.Template, Template(report)));

        Assert.Contains("1 problem(s)", cut.Markup);
        Assert.DoesNotContain("Valid", cut.Markup);
    }

    private static WorkflowTemplate Template(ValidationReport report)
    {
        var steps = new[]
        {
            new StepDefinition("get", StepTypes.Action, new JsonObject { ["type"] = "customer_get" }, new Dictionary<string, string> { ["success"] = "send" }),
            new StepDefinition("send", StepTypes.Action, new JsonObject { ["type"] = "email_send" }, new Dictionary<string, string>()),
        };
        return new WorkflowTemplate("welcome", new WorkflowDefinition("Welcome", steps), report);
    }
}
