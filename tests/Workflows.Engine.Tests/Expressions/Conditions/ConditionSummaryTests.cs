using Workflows.Engine.Expressions.Conditions;

namespace Workflows.Engine.Tests.Expressions.Conditions;

public sealed class ConditionSummaryTests
{
    [Theory]
    [InlineData("{{steps.get_customer.output.totalSpent}} > 1000", "Total spent > 1,000")]
    [InlineData("{{customer.tags}} includes 'vip'", "Tags include vip")]
    [InlineData("{{customer.status}} == 'active' && {{customer.totalSpent}} >= 1234567.5", "Status is active and Total spent ≥ 1,234,567.5")]
    [InlineData("{{order.items.length}} > 5", "Number of items > 5")]
    [InlineData("{{steps.check_needs_reply.output.needsReply}} == true", "Needs reply is true")]
    [InlineData("{{tier}} == 'vip' || {{tier}} == 'gold'", "Tier is vip or gold")]
    [InlineData("{{a}} > 1 && ({{customer.email}}.length == 0 || {{customer.first_name}} startsWith 'A')", "A > 1 and (Email is empty or First name starts with A)")]
    [InlineData("{{tags}}.length < 3", "Length of tags < 3")]
    [InlineData("{{steps.check.output}} != null", "Check is not nothing")]
    public void Of_SaysTheConditionInPlainWords(string expression, string summary)
    {
        Assert.Equal(summary, ConditionSummary.Of(expression));
    }

    [Fact]
    public void Of_UsesTheGivenLabels_WhenFieldsHaveThem()
    {
        Assert.Equal("Lifetime value < 10", ConditionSummary.Of("{{steps.x.output.ltv}} < 10", _ => "Lifetime value"));
    }

    [Theory]
    [InlineData("!{{a}}")]
    [InlineData("{{a}} >")]
    [InlineData("")]
    public void Of_IsNull_WhenTheBuilderCannotReadTheCondition(string expression)
    {
        Assert.Null(ConditionSummary.Of(expression));
    }
}
