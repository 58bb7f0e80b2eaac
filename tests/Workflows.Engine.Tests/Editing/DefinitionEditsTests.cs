using System.Text.Json.Nodes;
using Workflows.Engine.Editing;
using Workflows.Engine.Model;

namespace Workflows.Engine.Tests.Editing;

public sealed class DefinitionEditsTests
{
    private static WorkflowDefinition Flow() => new("Flow",
    [
        new StepDefinition("get_customer", StepTypes.Action, new JsonObject { ["type"] = "customer_get" }, new Dictionary<string, string> { ["success"] = "send" }),
        new StepDefinition("send", StepTypes.Action, new JsonObject { ["type"] = "email_send", ["parameters"] = new JsonObject { ["to"] = "{{steps.get_customer.output.email}}" } },
            new Dictionary<string, string>()),
    ]);

    [Fact]
    public void ReplaceStep_WithANewSlug_MovesLinksAndTemplateReferences()
    {
        var original = Flow();
        var renamed = DefinitionEdits.ReplaceStep(original, "get_customer", original.Steps[0] with { Slug = "customer" });

        Assert.Equal("customer", renamed.Steps[0].Slug);
        Assert.Equal("{{steps.customer.output.email}}", renamed.Steps[1].Config["parameters"]!["to"]!.GetValue<string>());
        Assert.Equal("get_customer", original.Steps[0].Slug);
    }

    [Fact]
    public void RemoveSteps_DropsTheLinksThatLedToThem()
    {
        var removed = DefinitionEdits.RemoveSteps(Flow(), new HashSet<string> { "send" });

        Assert.Single(removed.Steps);
        Assert.Empty(removed.Steps[0].NextSteps);
    }

    [Fact]
    public void ConnectAndDisconnect_ChangeOnlyThatPort()
    {
        var connected = DefinitionEdits.Connect(Flow(), "get_customer", "error", "send");
        var disconnected = DefinitionEdits.Disconnect(connected, "get_customer", "success");

        Assert.Equal(new Dictionary<string, string> { ["error"] = "send" }, disconnected.Steps[0].NextSteps);
    }

    [Fact]
    public void SetConfigValue_CopiesTheConfig_SoEarlierVersionsStayAsTheyWere()
    {
        var original = Flow();

        var changed = DefinitionEdits.SetConfigValue(original, "get_customer", "type", JsonValue.Create("customer_search"));

        Assert.Equal("customer_search", changed.Steps[0].ConfigString("type"));
        Assert.Equal("customer_get", original.Steps[0].ConfigString("type"));
    }

    [Fact]
    public void MoveSteps_SetsOnlyTheGivenPositions()
    {
        var moved = DefinitionEdits.MoveSteps(Flow(), new Dictionary<string, CanvasPosition> { ["send"] = new(100, 200) });

        Assert.Null(moved.Steps[0].Position);
        Assert.Equal(new CanvasPosition(100, 200), moved.Steps[1].Position);
    }
}
