using System.Text.Json.Nodes;
using Workflows.Engine.Expressions;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Expressions;

/// <summary>Values are compared, never pasted into the expression, so hostile data cannot change a decision.</summary>
public sealed class ExpressionInjectionTests
{
    public static TheoryData<string> Payloads() => new(
        "x' || 'a' == 'a",
        "' || true || '",
        "\" || true || \"",
        "{{input.x}}",
        "{{secrets.apiKey}}",
        "\"); DROP TABLE customers; --",
        "') || (1 == 1",
        "true",
        "1 == 1",
        "vip",
        "\\' || true",
        "}} || true || {{");

    private static JsonScope ScopeWithName(string name) =>
        new(new JsonObject
        {
            ["customer"] = new JsonObject { ["name"] = name, ["tags"] = new JsonArray("basic") },
            ["input"] = new JsonObject { ["x"] = "admin" },
        });

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Evaluate_IsFalse_WhenAHostileNameIsComparedWithAnotherName(string payload)
    {
        Assert.False(ConditionExpression.Parse("{{customer.name}} == 'admin'").Evaluate(ScopeWithName(payload)));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Evaluate_IsTrue_WhenAHostileNameIsComparedWithItself(string payload)
    {
        var scope = ScopeWithName(payload);
        scope.TryGetRoot("customer", out var customer);
        customer!["other"] = payload;

        Assert.True(ConditionExpression.Parse("{{customer.name}} == {{customer.other}}").Evaluate(scope));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Evaluate_DoesNotFindVip_WhenAHostileNameTriesToAddIt(string payload)
    {
        Assert.False(ConditionExpression.Parse("{{customer.tags}} includes 'vip' && {{customer.name}} != ''").Evaluate(ScopeWithName(payload)));
    }
}
