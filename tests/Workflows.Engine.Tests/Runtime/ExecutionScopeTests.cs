using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Workflows.Engine.Runtime;
using Workflows.Engine.Templating;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Runtime;

public sealed class ExecutionScopeTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 30, 0, TimeSpan.Zero);

    private static ExecutionState State(params LoopFrame[] loops) => new()
    {
        ExecutionId = "exec_9",
        WorkflowId = "wf_7",
        OrganizationId = "org_3",
        Input = JsonNode.Parse("""{ "customerId": "cust_456" }"""),
        Variables = new JsonObject { ["greeting"] = "hello" },
        Steps = JsonNode.Parse("""{ "get_customer": { "output": { "email": "a@b.c" }, "error": null, "port": "success" } }""")!.AsObject(),
        Loops = [.. loops],
    };

    private static LoopFrame Frame(string slug, string? itemVariable, string itemsJson, int index) =>
        new() { LoopSlug = slug, ItemVariable = itemVariable, Items = JsonNode.Parse(itemsJson)!.AsArray(), Index = index };

    private static string Render(string template, ExecutionState state, ISecretResolver? secrets = null) =>
        TemplateRenderer.RenderString(template, new ExecutionScope(state, "wf_7", new FakeTimeProvider(Now), secrets ?? NoSecrets.Instance));

    [Theory]
    [InlineData("{{input.customerId}}", "cust_456")]
    [InlineData("{{steps.get_customer.output.email}}", "a@b.c")]
    [InlineData("{{variables.greeting}}", "hello")]
    [InlineData("{{organizationId}}", "org_3")]
    [InlineData("{{wfDefinitionId}}", "wf_7")]
    [InlineData("{{executionId}}", "exec_9")]
    [InlineData("{{$now}}", "2026-05-01T12:30:00.0000000+00:00")]
    public void Render_ReadsTheRunsData_AndBuiltIns(string template, string expected)
    {
        Assert.Equal(expected, Render(template, State()));
    }

    [Fact]
    public void Render_ReadsSecretsByName()
    {
        var secrets = new FixedSecrets(new Dictionary<string, string> { ["apiKey"] = "sk_live_abc123" });

        Assert.Equal("Bearer sk_live_abc123", Render("Bearer {{secrets.apiKey}}", State(), secrets));
    }

    [Fact]
    public void Render_NamesTheKnownSecrets_WhenASecretIsMissing()
    {
        var secrets = new FixedSecrets(new Dictionary<string, string> { ["apiKey"] = "k" });

        var error = Assert.Throws<TemplatePathException>(() => Render("{{secrets.apikey}}", State(), secrets));

        Assert.Contains("did you mean 'apiKey'", error.Message);
    }

    [Theory]
    [InlineData("{{loop.item}}", "b")]
    [InlineData("{{loop.index}}", "1")]
    [InlineData("{{loop.count}}", "3")]
    [InlineData("{{letter}}", "b")]
    public void Render_ReadsTheCurrentLoopItem(string template, string expected)
    {
        Assert.Equal(expected, Render(template, State(Frame("loop_letters", "letter", """["a","b","c"]""", 1))));
    }

    [Theory]
    [InlineData("{{loop.item.name}}", "Desk")]
    [InlineData("{{loop.parent.item.name}}", "Ada")]
    [InlineData("{{loop.parent.index}}", "0")]
    [InlineData("{{customer.name}}/{{product.name}}", "Ada/Desk")]
    public void Render_ReadsTheOuterLoop_InNestedLoops(string template, string expected)
    {
        var state = State(
            Frame("loop_customers", "customer", """[{"name":"Ada"},{"name":"Alan"}]""", 0),
            Frame("loop_products", "product", """[{"name":"Lamp"},{"name":"Desk"}]""", 1));

        Assert.Equal(expected, Render(template, state));
    }

    [Fact]
    public void Render_ThrowsNamingLoop_WhenNotInALoop()
    {
        var error = Assert.Throws<TemplatePathException>(() => Render("{{loop.item}}", State()));

        Assert.Contains("there is no 'loop'", error.Message);
    }

    [Fact]
    public void Render_DoesNotMoveLoopItemsOutOfTheRunState()
    {
        var state = State(Frame("loop_customers", null, """[{"name":"Ada"}]""", 0));

        var item = TemplateRenderer.RenderValue("{{loop.item}}", new ExecutionScope(state, "wf_7", new FakeTimeProvider(Now), NoSecrets.Instance));

        Assert.Equal("""{"name":"Ada"}""", item!.ToJsonString());
        Assert.Same(state.Loops[0].Items, state.Loops[0].Items[0]!.Parent);
    }
}
