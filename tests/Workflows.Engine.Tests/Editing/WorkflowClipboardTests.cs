using Workflows.Engine.Editing;
using Workflows.Engine.Layout;
using Workflows.Engine.Model;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Editing;

public sealed class WorkflowClipboardTests
{
    private static readonly WorkflowDefinition Welcome = LayeredLayout.ApplyTo(GuideWorkflows.Load("welcome-email.json"));

    [Fact]
    public void Copy_KeepsOnlyTheLinksBetweenTheChosenSteps_AndPortsThatEndTheRun()
    {
        var copy = WorkflowClipboard.Copy(Welcome, ["get_customer", "send_email"]);

        Assert.Equal(["get_customer", "send_email"], copy.Steps.Select(s => s.Slug));
        Assert.Equal(new Dictionary<string, string> { ["success"] = "send_email", ["error"] = "end" }, copy.Steps[0].NextSteps);

        var alone = WorkflowClipboard.Copy(Welcome, ["start"]);
        Assert.Empty(Assert.Single(alone.Steps).NextSteps);
    }

    [Fact]
    public void Copy_IsNotChangedByLaterEditsOfTheWorkflow()
    {
        var welcome = GuideWorkflows.Load("welcome-email.json");
        var copy = WorkflowClipboard.Copy(welcome, ["get_customer"]);

        welcome.Steps[1].Config["type"] = "changed";

        Assert.Equal("customer.get_by_id", copy.Steps[0].ConfigString("type"));
    }

    [Fact]
    public void Paste_GivesFreshSlugs_RemapsLinksAndReferences_AndMovesThePositions()
    {
        var copy = WorkflowClipboard.Copy(Welcome, ["get_customer", "send_email"]);

        var result = WorkflowClipboard.Paste(Welcome, copy);

        Assert.Equal(["get_customer_2", "send_email_2"], result.PastedSlugs);
        var steps = result.Definition.Steps;
        Assert.Equal(["start", "get_customer", "send_email", "get_customer_2", "send_email_2"], steps.Select(s => s.Slug));
        Assert.Equal("send_email_2", steps[3].TargetOf(Ports.Success));
        Assert.Equal("{{steps.get_customer_2.output.email}}", steps[4].Config["parameters"]!["to"]!.GetValue<string>());
        Assert.Equal("Hi {{steps.get_customer_2.output.name}}, welcome aboard!", steps[4].Config["parameters"]!["body"]!.GetValue<string>());
        Assert.Equal("{{input.customerId}}", steps[3].Config["parameters"]!["customerId"]!.GetValue<string>());
        Assert.Equal(new CanvasPosition(Welcome.Steps[1].Position!.X + 40, Welcome.Steps[1].Position!.Y + 40), steps[3].Position);
        Assert.Equal("{{steps.get_customer.output.email}}", steps[2].Config["parameters"]!["to"]!.GetValue<string>());
    }

    [Fact]
    public void Paste_CountsOnFromTheHighestNumber_WhenPastingAgain()
    {
        var copy = WorkflowClipboard.Copy(Welcome, ["send_email"]);

        var once = WorkflowClipboard.Paste(Welcome, copy).Definition;
        var twice = WorkflowClipboard.Paste(once, copy);
        var ofACopy = WorkflowClipboard.Paste(twice.Definition, WorkflowClipboard.Copy(once, ["send_email_2"]));

        Assert.Equal(["send_email_3"], twice.PastedSlugs);
        Assert.Equal(["send_email_4"], ofACopy.PastedSlugs);
    }

    [Fact]
    public void Paste_KeepsTheSlugs_WhenTheWorkflowDoesNotUseThemYet()
    {
        var copy = WorkflowClipboard.Copy(Welcome, ["get_customer", "send_email"]);

        var result = WorkflowClipboard.Paste(new WorkflowDefinition("other", []), copy);

        Assert.Equal(["get_customer", "send_email"], result.PastedSlugs);
        Assert.Equal("send_email", result.Definition.Steps[0].TargetOf(Ports.Success));
    }

    [Fact]
    public void Paste_DropsLinksToStepsThatWereNotCopied_WhenTheClipboardCameFromOutside()
    {
        var copy = Flow.Steps("""[ { "stepSlug": "a", "stepType": "action", "nextSteps": { "success": "elsewhere", "error": "end" } } ]""");

        var result = WorkflowClipboard.Paste(Welcome, copy);

        Assert.Equal(new Dictionary<string, string> { ["error"] = "end" }, result.Definition.Steps[^1].NextSteps);
        Assert.Null(result.Definition.Steps[^1].Position);
    }

    [Fact]
    public void Paste_LeavesTheRoundTripThroughWorkflowJsonIntact()
    {
        var copy = WorkflowJson.Parse(WorkflowJson.Serialize(WorkflowClipboard.Copy(Welcome, ["get_customer", "send_email"])));

        Assert.Equal(["get_customer_2", "send_email_2"], WorkflowClipboard.Paste(Welcome, copy).PastedSlugs);
    }
}
