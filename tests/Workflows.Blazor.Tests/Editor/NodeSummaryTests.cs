using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Canvas;
using Workflows.Blazor.Tests.Components;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Tests.Editor;

public sealed class NodeSummaryTests : ComponentTest
{
    private static readonly ActionCatalog Actions = new(
    [
        new DeclaredAction(new ActionDeclaration("customer_get", "Customers", "Gets a customer.", [])
        {
            Effect = Effect.ReadsData,
            Label = "Get customer",
            Outputs = [Text("name", "Name", "Ana"), Number("totalSpent", "Total spent", "1250")],
        }),
    ]);

    private static readonly WorkflowDefinition VipFlow = new("VIP offer",
    [
        EditorFlows.Step("start", StepTypes.Trigger, new JsonObject { ["type"] = "manual" }, ("success", "get_customer")) with { Position = new CanvasPosition(0, 0) },
        EditorFlows.Step("get_customer", StepTypes.Action, new JsonObject { ["type"] = "customer_get" }, ("success", "is_vip")) with { Position = new CanvasPosition(0, 160) },
        EditorFlows.Step("is_vip", StepTypes.Condition, new JsonObject { ["expression"] = "{{steps.get_customer.output.totalSpent}} > 1000" }, ("true", "review"))
            with { Position = new CanvasPosition(0, 320) },
        EditorFlows.Step("review", StepTypes.Approval, new JsonObject { ["title"] = "VIP offer for {{steps.get_customer.output.name}}" })
            with { Position = new CanvasPosition(0, 480) },
    ]);

    public NodeSummaryTests() => Services.AddSingleton(Actions);

    private static string SummaryOf(string slug) => StepSummary.For(VipFlow.Steps.Single(s => s.Slug == slug), Actions, DataTree.Whole(VipFlow, Actions));

    [Fact]
    public void Summary_NamesInsertedData_ByItsLabel_NotItsPath() =>
        Assert.Equal("VIP offer for Get customer › Name", SummaryOf("review"));

    [Fact]
    public void Summary_NamesAnAction_ByItsLabel_NotItsId_WhenTheStepHasItsOwnName()
    {
        var named = VipFlow.Steps.Single(s => s.Slug == "get_customer") with { Name = "Look up the buyer" };

        Assert.Equal("Get customer", StepSummary.For(named, Actions, []));
    }

    [Fact]
    public void Summary_SaysWhatAnUnnamedActionDoes_InsteadOfRepeatingItsTitle() =>
        Assert.Equal("Gets a customer.", SummaryOf("get_customer"));

    [Fact]
    public void Summary_ReadsACondition_AsWords() =>
        Assert.Equal("Total spent > 1,000", SummaryOf("is_vip"));

    [Theory]
    [InlineData("""{ "type": "manual" }""", "Started by hand")]
    [InlineData("""{ "type": "webhook", "path": "/orders" }""", "When /orders is called")]
    [InlineData("""{ "type": "event", "eventType": "customer.created" }""", "On event customer.created")]
    public void Summary_SaysHowATriggerStarts(string config, string expected)
    {
        var trigger = EditorFlows.Step("start", StepTypes.Trigger, JsonNode.Parse(config)!.AsObject());

        Assert.Equal(expected, StepSummary.For(trigger, Actions, []));
    }

    [Fact]
    public void Canvas_ShowsPlainSummaries_WithTheFullTextInTheTooltip_AndNoTemplateOrId()
    {
        var canvas = Render<WorkflowCanvas>(p => p.Add(c => c.Definition, VipFlow));

        var review = canvas.Find("[data-node=review]");
        Assert.Equal("VIP offer for Get customer › Name", review.QuerySelector(".wf-node-summary")!.TextContent);
        Assert.Equal("Approval: VIP offer for Get customer › Name", review.QuerySelector("title")!.TextContent);
        Assert.Equal("Get customer", canvas.Find("[data-node=get_customer] .wf-node-title").TextContent);
        Assert.Equal("Condition", canvas.Find("[data-node=is_vip] .wf-node-title").TextContent);
        Assert.DoesNotContain("{{", canvas.Find("[data-testid=canvas]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("customer_get", canvas.Find("[data-testid=canvas]").TextContent, StringComparison.Ordinal);
    }
}
