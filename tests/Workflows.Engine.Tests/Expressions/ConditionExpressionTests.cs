using Workflows.Engine.Expressions;
using Workflows.Engine.Templating;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Expressions;

public sealed class ConditionExpressionTests
{
    private static readonly JsonScope Scope = JsonScope.Parse("""
        {
          "customer": { "age": 18, "status": "active", "email": "ada@gmail.com", "tags": ["vip", "newsletter"], "totalSpent": 1500,
                        "name": "Ada", "nickname": null, "zip": "0042", "spentText": "1500", "flag": "NaN" },
          "order": { "total": 250, "items": [1, 2, 3, 4, 5, 6] },
          "steps": { "check_needs_reply": { "output": { "needsReply": true } }, "get_customer": { "output": { "totalSpent": 999 } } }
        }
        """);

    private static bool Evaluate(string expression) => ConditionExpression.Parse(expression).Evaluate(Scope);

    [Theory]
    [InlineData("{{customer.age}} >= 18", true)]
    [InlineData("{{customer.age}} > 18", false)]
    [InlineData("{{order.total}} > 100 && {{order.total}} < 500", true)]
    [InlineData("{{order.total}} > 100 && {{order.total}} < 200", false)]
    [InlineData("{{customer.status}} == 'active'", true)]
    [InlineData("{{customer.status}} == \"inactive\"", false)]
    [InlineData("{{customer.email}} contains '@gmail.com'", true)]
    [InlineData("{{customer.email}} contains '@yahoo.com'", false)]
    [InlineData("{{customer.tags}} includes 'vip'", true)]
    [InlineData("{{customer.tags}} includes 'vi'", false)]
    [InlineData("{{order.items.length}} > 5", true)]
    [InlineData("{{order.items}}.length > 6", false)]
    [InlineData("{{customer.status}} == 'active' && {{customer.totalSpent}} > 1000", true)]
    [InlineData("{{steps.get_customer.output.totalSpent}} > 1000", false)]
    [InlineData("{{steps.check_needs_reply.output.needsReply}} == true", true)]
    public void Evaluate_MatchesTheUserGuide(string expression, bool expected)
    {
        Assert.Equal(expected, Evaluate(expression));
    }

    [Theory]
    [InlineData("{{customer.age}} < 18 || {{customer.status}} == 'active'", true)]
    [InlineData("{{customer.age}} < 18 || {{customer.status}} != 'active'", false)]
    [InlineData("!({{customer.age}} < 18)", true)]
    [InlineData("!{{customer.tags}} includes 'vip'", false)]
    [InlineData("!!{{customer.name}}", true)]
    [InlineData("false || true && false", false)]
    [InlineData("(false || true) && false", false)]
    [InlineData("true || true && false", true)]
    [InlineData("(true || true) && false", false)]
    [InlineData("{{customer.name}} startsWith 'Ad'", true)]
    [InlineData("{{customer.name}} endsWith 'da'", true)]
    [InlineData("{{customer.name}} startsWith 'da'", false)]
    [InlineData("{{customer.nickname}} == null", true)]
    [InlineData("{{customer.name}} != null", true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("null", false)]
    [InlineData("-1 < 0", true)]
    [InlineData("2.5 > 2", true)]
    [InlineData("{{customer.name}}.length == 3", true)]
    public void Evaluate_CombinesOperatorsWithJavaScriptPrecedence(string expression, bool expected)
    {
        Assert.Equal(expected, Evaluate(expression));
    }

    [Theory]
    [InlineData("{{customer.spentText}} == 1500", true)]
    [InlineData("{{customer.spentText}} > 999", true)]
    [InlineData("{{customer.totalSpent}} == '1500.0'", true)]
    [InlineData("'10' > '9'", true)]
    [InlineData("{{customer.zip}} == 42", true)]
    [InlineData("{{customer.zip}} == '42'", false)]
    [InlineData("{{customer.zip}} == '0042'", true)]
    [InlineData("'1.0' == '1'", false)]
    [InlineData("{{customer.flag}} == 'NaN'", true)]
    [InlineData("'Infinity' == 'Infinity'", true)]
    public void Evaluate_ComparesNumbersWithNumericText_ButTextWithTextAsText(string expression, bool expected)
    {
        Assert.Equal(expected, Evaluate(expression));
    }

    [Theory]
    [InlineData("totalSpent == null")]
    [InlineData("missing.value == null")]
    [InlineData("!missing")]
    public void Evaluate_ReadsBareNamesThatDoNotExistAsNull(string expression)
    {
        Assert.True(Evaluate(expression));
    }

    [Fact]
    public void Evaluate_ThrowsNamingThePath_WhenABracedPathDoesNotExist()
    {
        var error = Assert.Throws<TemplatePathException>(() => Evaluate("{{customer.agee}} > 1"));

        Assert.Contains("did you mean 'age'", error.Message);
    }

    [Theory]
    [InlineData("{{customer.tags}} > 1")]
    [InlineData("{{customer}} < 'a'")]
    [InlineData("{{customer.age}}.length > 1")]
    [InlineData("'Infinity' > 5")]
    [InlineData("totalSpent > 1000")]
    public void Evaluate_ThrowsEvaluationError_ForValuesThatCannotBeCompared(string expression)
    {
        Assert.Throws<ExpressionEvaluationException>(() => Evaluate(expression));
    }

    [Fact]
    public void Evaluate_ReportsEveryValueRead()
    {
        var reads = new Dictionary<string, string?>();

        ConditionExpression.Parse("{{customer.age}} >= 18 && {{customer.status}} == 'active'")
            .Evaluate(Scope, (path, value) => reads[path] = value?.ToJsonString());

        Assert.Equal(new Dictionary<string, string?> { ["customer.age"] = "18", ["customer.status"] = "\"active\"" }, reads);
    }

    [Fact]
    public void Paths_ListsBracedAndBarePaths()
    {
        var paths = ConditionExpression.Parse("{{a.b}} > 1 || c == 2").Paths().Select(p => (p.Path.Text, p.Braced));

        Assert.Equal([("a.b", true), ("c", false)], paths);
    }
}
