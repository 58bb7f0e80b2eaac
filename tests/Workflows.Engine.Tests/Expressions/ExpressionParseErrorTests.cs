using Workflows.Engine.Expressions;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Expressions;

public sealed class ExpressionParseErrorTests
{
    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("   ", 1, "empty")]
    [InlineData("{{a}} >", 8, "the end of the expression")]
    [InlineData("{{a}} >> 1", 8, "found '>'")]
    [InlineData("{{a}} == 'x", 10, "never closed")]
    [InlineData("{{a > 1", 1, "'{{' is never closed")]
    [InlineData("(1 > 2", 7, "')' to close the '(' at column 1")]
    [InlineData("1 > 2 )", 7, "expected an operator")]
    [InlineData("a == b == c", 8, "cannot be chained")]
    [InlineData("{{a}} # 1", 7, "unexpected character '#'")]
    [InlineData("{{a}}.name > 1", 6, "only '.length'")]
    [InlineData("contains 'x'", 1, "needs a value on its left")]
    [InlineData("1 > {{a b}}", 5, "not a valid path")]
    [InlineData("{{a}} > - x", 11, "a number after '-'")]
    [InlineData("1 &&", 5, "expected a value")]
    [InlineData("{{a}} = 1", 7, "unexpected character '='")]
    public void Parse_ReportsTheOneBasedColumn_OfTheProblem(string text, int column, string reason)
    {
        var error = Assert.Throws<ExpressionParseException>(() => ConditionExpression.Parse(text));

        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Reason);
        Assert.EndsWith($"(column {column})", error.Message);
    }

    [Theory]
    [InlineData(65, "(", ")")]
    [InlineData(4_990, "(", ")")]
    [InlineData(65, "!", "")]
    [InlineData(9_000, "!", "")]
    public void Parse_ReportsTooDeep_InsteadOfOverflowingTheStack(int depth, string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, depth)) + "true" + string.Concat(Enumerable.Repeat(close, depth));

        var error = Assert.Throws<ExpressionParseException>(() => ConditionExpression.Parse(text));

        Assert.Contains("nested more than", error.Reason);
    }

    [Fact]
    public void Parse_AcceptsNestingUpToTheLimit()
    {
        var text = new string('(', 60) + "true" + new string(')', 60) + " && " + new string('!', 59) + "false";

        Assert.True(ConditionExpression.Parse(text).Evaluate(JsonScope.Parse("{}")));
    }

    [Fact]
    public void Parse_RejectsTextLongerThanTheLimit()
    {
        var text = "true" + string.Concat(Enumerable.Repeat(" ", 10_000));

        Assert.Throws<ExpressionParseException>(() => ConditionExpression.Parse(text));
    }

    [Theory]
    [InlineData("1||")]
    [InlineData("1&&")]
    [InlineData("!1||")]
    public void Evaluate_HandlesTheLongestOperatorChain_WithoutOverflowingTheStack(string link)
    {
        var text = string.Concat(Enumerable.Repeat(link, 9_990 / link.Length)) + "1";

        var result = ConditionExpression.Parse(text).Evaluate(JsonScope.Parse("{}"));

        Assert.True(result);
    }

    [Theory]
    [InlineData("1.2.3 > 1", 4)]
    [InlineData("1 > 2..5", 6)]
    public void Parse_ReportsTheStrayPoint_InAMalformedNumber(string text, int column)
    {
        var error = Assert.Throws<ExpressionParseException>(() => ConditionExpression.Parse(text));

        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Parse_RejectsANumberTooLargeToRepresent()
    {
        var error = Assert.Throws<ExpressionParseException>(() => ConditionExpression.Parse("{{a}} > 1" + new string('0', 400)));

        Assert.Equal(9, error.Column);
    }
}
