using Workflows.Engine.Expressions.Conditions;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Expressions.Conditions;

public sealed class ConditionRoundTripTests
{
    public static TheoryData<string, string> Known() => KnownConditions.All();

    [Fact]
    public void KnownConditions_IncludeTheGuideTheWorkflowsAndTheSegments()
    {
        var sources = Known().Select(row => (string)row[0]).ToHashSet();

        Assert.Contains("user guide", sources);
        Assert.Contains("vip-offer-review.json", sources);
        Assert.Contains("pattern1-auto-reply.json", sources);
        Assert.Contains("segments.json", sources);
    }

    [Theory]
    [MemberData(nameof(Known))]
    public void Write_GivesTheSameText_ForEveryConditionTheProductShips(string source, string expression)
    {
        var reading = ConditionReader.Read(expression);

        Assert.True(reading.FitsBuilder, $"{source}: {expression} does not fit the builder: {reading.Problem}");
        Assert.Equal(expression, ConditionWriter.Write(reading.Group!));
    }

    [Theory]
    [InlineData("{{a}} == 1 && ({{b}} == 2 || {{c}} == 3)")]
    [InlineData("{{a}} == 1 || {{b}} == 2 || {{c}} == 3")]
    [InlineData("({{a}} == 1 || {{b}} == 2) && ({{c}} == 3 || ({{d}} > 4 && {{e}} < 5))")]
    [InlineData("{{a}} == 1 && ({{b}} == 2 && {{c}} == 3)")]
    [InlineData("{{tier}} == 'vip' || {{tier}} == 'gold'")]
    [InlineData("{{a}} > 0 && ({{tier}} == 'vip' || {{tier}} == 'gold')")]
    [InlineData("{{name}} startsWith 'Ad' && {{name}} endsWith 'a'")]
    [InlineData("{{email}}.length == 0 || {{tags}}.length > 0")]
    [InlineData("{{tags}}.length >= 3 && {{tags}}.length != 7")]
    [InlineData("{{note}} == 'it\\'s \\\\ fine' && {{n}} == -2.5 && {{gone}} == null && {{ok}} != false")]
    public void Write_GivesTheSameText_ForNestedGroupsAndEveryOperator(string expression)
    {
        var reading = ConditionReader.Read(expression);

        Assert.True(reading.FitsBuilder, reading.Problem);
        Assert.Equal(expression, ConditionWriter.Write(reading.Group!));
    }

    [Fact]
    public void Read_GivesRowsAndGroups_ForAnAndWithANestedOr()
    {
        var group = ConditionReader.Read("{{customer.totalSpent}} > 1000 && ({{customer.tags}} includes 'vip' || {{customer.age}} >= 18)").Group!;

        Assert.Equal(ConditionJoiner.And, group.Joiner);
        var first = Assert.IsType<ConditionRow>(group.Items[0]);
        Assert.Equal(new ConditionField("customer.totalSpent"), first.Field);
        Assert.Equal(ConditionOperator.GreaterThan, first.Operator);
        Assert.Equal([new ConditionValue("1000", ConditionValueKind.Number)], first.Values);
        var nested = Assert.IsType<ConditionGroup>(group.Items[1]);
        Assert.Equal(ConditionJoiner.Or, nested.Joiner);
        Assert.Equal(ConditionOperator.Includes, Assert.IsType<ConditionRow>(nested.Items[0]).Operator);
    }

    [Fact]
    public void Read_GivesIsOneOf_ForAnOrOfIsRowsOnOneField()
    {
        var row = Assert.IsType<ConditionRow>(Assert.Single(ConditionReader.Read("{{tier}} == 'vip' || {{tier}} == 'gold'").Group!.Items));

        Assert.Equal(ConditionOperator.IsOneOf, row.Operator);
        Assert.Equal(["vip", "gold"], row.Values.Select(v => v.Text));
    }

    [Theory]
    [InlineData("!({{a}} > 1)", "not")]
    [InlineData("{{a}} > {{b}}", "another field")]
    [InlineData("{{customer.name}}", "without comparing")]
    [InlineData("'10' > '9'", "fixed value")]
    [InlineData("{{a}}.length contains 1", "length")]
    [InlineData("{{a}} > ", "expected")]
    public void Read_SaysWhy_WhenTheBuilderCannotShowTheCondition(string expression, string reason)
    {
        var reading = ConditionReader.Read(expression);

        Assert.False(reading.FitsBuilder);
        Assert.Contains(reason, reading.Problem);
    }

    [Fact]
    public void Write_LeavesOutRowsThatAreNotFinished()
    {
        var group = new ConditionGroup(ConditionJoiner.And,
        [
            new ConditionRow(new ConditionField("customer.status"), ConditionOperator.EqualTo, [new ConditionValue("active", ConditionValueKind.Text)]),
            new ConditionRow(null, ConditionOperator.EqualTo, []),
            new ConditionRow(new ConditionField("customer.email"), ConditionOperator.IsNotEmpty, []),
        ]);

        Assert.Equal("{{customer.status}} == 'active' && {{customer.email}}.length > 0", ConditionWriter.Write(group));
    }

    [Theory]
    [InlineData("1000", ConditionFieldType.Unknown, ConditionValueKind.Number)]
    [InlineData("1000", ConditionFieldType.Text, ConditionValueKind.Text)]
    [InlineData("0042", ConditionFieldType.Unknown, ConditionValueKind.Text)]
    [InlineData("true", ConditionFieldType.Unknown, ConditionValueKind.Boolean)]
    [InlineData("true", ConditionFieldType.Text, ConditionValueKind.Text)]
    [InlineData("1e5", ConditionFieldType.Number, ConditionValueKind.Text)]
    [InlineData("vip", ConditionFieldType.Unknown, ConditionValueKind.Text)]
    public void FromInput_ChoosesTheKind_ByWhatWasTypedAndTheFieldType(string input, ConditionFieldType type, ConditionValueKind kind)
    {
        Assert.Equal(kind, ConditionValue.FromInput(input, type).Kind);
    }
}
