using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Workflows.Engine.Expressions;
using Workflows.Engine.Runtime;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Tests.Runtime;

/// <summary>The user guide writes <c>{{customer.age}}</c>: a bare name is a loop item, else a variable, else an input field.</summary>
public sealed class BareNameScopeTests
{
    private const string GuideInput = """
        {
          "customer": { "age": 21, "email": "ada@example.com", "tags": ["new", "vip"], "profile": { "address": { "city": "Lyon" } } },
          "order": { "total": 150 },
          "products": [ { "name": "Lamp" }, { "name": "Desk" } ],
          "customers": [ { "name": "Ada", "email": "ada@example.com" }, { "name": "Alan", "email": "alan@example.com" } ]
        }
        """;

    private static ExecutionScope Scope(string input = GuideInput, JsonObject? variables = null, params LoopFrame[] loops)
    {
        var state = new ExecutionState
        {
            ExecutionId = "exec_1",
            WorkflowId = "wf_1",
            Input = JsonNode.Parse(input),
            Variables = variables ?? [],
            Loops = [.. loops],
        };
        return new ExecutionScope(state, "wf_1", new FakeTimeProvider(), NoSecrets.Instance);
    }

    [Theory]
    [InlineData("{{customer.profile.address.city}}", "Lyon")]
    [InlineData("{{products[0].name}}", "Lamp")]
    [InlineData("{{order.total}}", "150")]
    [InlineData("{{#customers}} {{name}}: {{email}} {{/customers}}", " Ada: ada@example.com  Alan: alan@example.com ")]
    public void Render_ReadsAFieldOfTheInput_ForABareName(string template, string expected)
    {
        Assert.Equal(expected, TemplateRenderer.RenderString(template, Scope()));
    }

    [Theory]
    [InlineData("{{customer.age}} >= 18", true)]
    [InlineData("{{order.total}} > 100", true)]
    [InlineData("{{customer.tags}} includes 'vip'", true)]
    [InlineData("{{customer.tags}} includes 'gold'", false)]
    public void Evaluate_ReadsTheInput_ForTheGuidesConditions(string expression, bool expected)
    {
        Assert.Equal(expected, ConditionExpression.Parse(expression).Evaluate(Scope()));
    }

    [Fact]
    public void Render_PrefersAVariable_OverAnInputFieldOfTheSameName()
    {
        var scope = Scope(variables: new JsonObject { ["order"] = new JsonObject { ["total"] = 99 } });

        Assert.Equal("99", TemplateRenderer.RenderString("{{order.total}}", scope));
    }

    [Fact]
    public void Render_PrefersTheLoopItem_OverAVariableOfTheSameName()
    {
        var frame = new LoopFrame { LoopSlug = "each", ItemVariable = "order", Items = JsonNode.Parse("""[ { "total": 7 } ]""")!.AsArray(), Index = 0 };
        var scope = Scope(variables: new JsonObject { ["order"] = new JsonObject { ["total"] = 99 } }, loops: frame);

        Assert.Equal("7", TemplateRenderer.RenderString("{{order.total}}", scope));
    }

    [Fact]
    public void Render_ReadsTheSectionItemFirst_ThenTheRun()
    {
        const string input = """{ "name": "Shop", "customers": [ { "name": "Ada" }, { "email": "alan@example.com" } ] }""";

        Assert.Equal("Ada,Shop,", TemplateRenderer.RenderString("{{#customers}}{{name}},{{/customers}}", Scope(input)));
    }

    [Fact]
    public void Render_StillFails_WhenNothingHasTheBareName()
    {
        var error = Assert.Throws<TemplatePathException>(() => TemplateRenderer.RenderString("{{customer.email}}", Scope("""{ "customerId": "c1" }""")));

        Assert.Contains("there is no 'customer'", error.Message);
    }
}
