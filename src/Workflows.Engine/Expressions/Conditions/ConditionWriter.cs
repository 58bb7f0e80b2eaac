namespace Workflows.Engine.Expressions.Conditions;

/// <summary>
/// Writes builder rows as the user guide writes conditions: <c>{{customer.status}} == 'active' &amp;&amp; {{customer.totalSpent}} > 1000</c>.
/// Nested groups are put in parentheses; unfinished rows are left out.
/// </summary>
public static class ConditionWriter
{
    /// <summary>The condition's text; with no finished rows it is <c>true</c>, as an AND of nothing is.</summary>
    public static string Write(ConditionGroup group) => group.Items.Any(IsWritable) ? Join(group, nested: false) : "true";

    /// <summary>Whether any row of the group is finished, so there is something to write.</summary>
    public static bool HasFinishedRows(ConditionGroup group) => group.Items.Any(IsWritable);

    private static string Join(ConditionGroup group, bool nested)
    {
        var items = group.Items.Where(IsWritable).ToList();
        var separator = group.Joiner == ConditionJoiner.And ? " && " : " || ";
        var text = string.Join(separator, items.Select(item => Item(item, nested || items.Count > 1)));
        return nested && items.Count > 1 ? $"({text})" : text;
    }

    private static bool IsWritable(ConditionItem item) => item switch
    {
        ConditionRow row => row.IsComplete,
        ConditionGroup group => group.Items.Any(IsWritable),
        _ => false,
    };

    /// <summary><paramref name="enclosed"/>: the item is not the whole condition, so an OR inside it needs parentheses.</summary>
    private static string Item(ConditionItem item, bool enclosed) => item switch
    {
        ConditionGroup group => Join(group, nested: true),
        ConditionRow { Operator: ConditionOperator.IsOneOf } row when row.Values.Count > 1 =>
            enclosed ? $"({OneOf(row)})" : OneOf(row),
        ConditionRow row => Row(row),
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };

    private static string OneOf(ConditionRow row) =>
        string.Join(" || ", row.Values.Select(value => $"{row.Field!.ToExpression()} == {value.ToExpression()}"));

    private static string Row(ConditionRow row)
    {
        var info = row.Info;
        var field = row.Field!.ToExpression() + (info.OnLength ? ".length" : "");
        var value = info.Values == ConditionValueCount.None ? "0" : row.Values[0].ToExpression();
        return $"{field} {info.Symbol} {value}";
    }
}
