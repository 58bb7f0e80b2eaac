using System.Text.Json.Nodes;
using Workflows.Engine.Expressions;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Expressions;

public sealed class ConditionExplanationTests
{
    private static readonly JsonScope Scope = JsonScope.Parse("""
        { "customer": { "totalSpent": 555.9, "status": "active", "tags": ["vip"], "name": "Ada" }, "order": { "total": 1000 } }
        """);

    private static string Explain(string text)
    {
        var expression = ConditionExpression.Parse(text);
        return expression.Explain(Scope, expression.Evaluate(Scope));
    }

    [Theory]
    [InlineData("{{customer.totalSpent}} > 1000", "555.90 is not greater than 1,000 → false")]
    [InlineData("{{order.total}} >= 1000", "1,000 is at least 1,000 → true")]
    [InlineData("{{customer.status}} == 'active'", "'active' equals 'active' → true")]
    [InlineData("{{customer.status}} != 'active'", "'active' equals 'active' → false")]
    [InlineData("{{customer.tags}} includes 'gold'", "a list of 1 does not contain 'gold' → false")]
    public void Explain_SaysTheValuesCompared_ForOneComparison(string text, string expected)
    {
        Assert.Equal(expected, Explain(text));
    }

    [Fact]
    public void Explain_StopsAtTheFirstFalseClause_OfAnAnd()
    {
        var explanation = Explain("{{customer.status}} == 'active' && {{customer.totalSpent}} > 1000 && {{order.total}} > 5");

        Assert.Equal("'active' equals 'active' and 555.90 is not greater than 1,000 → false", explanation);
    }

    [Fact]
    public void Explain_StopsAtTheFirstTrueClause_OfAnOr()
    {
        var explanation = Explain("{{customer.totalSpent}} > 1000 || {{order.total}} == 1000 || {{customer.name}} == 'Bob'");

        Assert.Equal("555.90 is not greater than 1,000 or 1,000 equals 1,000 → true", explanation);
    }

    [Fact]
    public async Task Run_RecordsWhyTheConditionWentItsWay_InItsOutput()
    {
        var definition = Flow.Steps("""[ { "stepSlug": "check", "stepType": "condition", "config": { "expression": "{{input.totalSpent}} > 1000" } } ]""");
        var engine = new TestEngine();

        await engine.RunAsync(definition, new JsonObject { ["totalSpent"] = 555.9 });

        var output = Assert.Single(engine.Journal.Records).Output!;
        Assert.False(output["result"]!.GetValue<bool>());
        Assert.Equal("555.90 is not greater than 1,000 → false", output["explanation"]!.GetValue<string>());
    }
}
