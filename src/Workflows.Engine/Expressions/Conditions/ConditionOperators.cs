namespace Workflows.Engine.Expressions.Conditions;

/// <summary>The builder's operators, in the order its menu shows them.</summary>
public static class ConditionOperators
{
    private static readonly ConditionFieldType[] Scalars = [ConditionFieldType.Text, ConditionFieldType.Number, ConditionFieldType.Boolean];
    private static readonly ConditionFieldType[] Numbers = [ConditionFieldType.Number, ConditionFieldType.Text];
    private static readonly ConditionFieldType[] Texts = [ConditionFieldType.Text];
    private static readonly ConditionFieldType[] Lists = [ConditionFieldType.List];
    private static readonly ConditionFieldType[] Sized = [ConditionFieldType.Text, ConditionFieldType.List, ConditionFieldType.Object];

    public static IReadOnlyList<ConditionOperatorInfo> All { get; } =
    [
        new(ConditionOperator.EqualTo, "is", "is", "==", false, ConditionValueCount.One, Scalars),
        new(ConditionOperator.NotEqualTo, "is not", "is not", "!=", false, ConditionValueCount.One, Scalars),
        new(ConditionOperator.GreaterThan, "is greater than", ">", ">", false, ConditionValueCount.One, Numbers),
        new(ConditionOperator.AtLeast, "is at least", "≥", ">=", false, ConditionValueCount.One, Numbers),
        new(ConditionOperator.LessThan, "is less than", "<", "<", false, ConditionValueCount.One, Numbers),
        new(ConditionOperator.AtMost, "is at most", "≤", "<=", false, ConditionValueCount.One, Numbers),
        new(ConditionOperator.Contains, "contains", "contains", "contains", false, ConditionValueCount.One, Texts),
        new(ConditionOperator.StartsWith, "starts with", "starts with", "startsWith", false, ConditionValueCount.One, Texts),
        new(ConditionOperator.EndsWith, "ends with", "ends with", "endsWith", false, ConditionValueCount.One, Texts),
        new(ConditionOperator.IsOneOf, "is one of", "is", "==", false, ConditionValueCount.Many, Scalars),
        new(ConditionOperator.Includes, "includes", "include", "includes", false, ConditionValueCount.One, Lists),
        new(ConditionOperator.IsEmpty, "is empty", "is empty", "==", true, ConditionValueCount.None, Sized),
        new(ConditionOperator.IsNotEmpty, "is not empty", "is not empty", ">", true, ConditionValueCount.None, Sized),
        new(ConditionOperator.LengthIs, "has a length of", "=", "==", true, ConditionValueCount.One, Sized),
        new(ConditionOperator.LengthIsNot, "has a length other than", "≠", "!=", true, ConditionValueCount.One, Sized),
        new(ConditionOperator.LengthGreaterThan, "has a length greater than", ">", ">", true, ConditionValueCount.One, Sized),
        new(ConditionOperator.LengthAtLeast, "has a length of at least", "≥", ">=", true, ConditionValueCount.One, Sized),
        new(ConditionOperator.LengthLessThan, "has a length less than", "<", "<", true, ConditionValueCount.One, Sized),
        new(ConditionOperator.LengthAtMost, "has a length of at most", "≤", "<=", true, ConditionValueCount.One, Sized),
    ];

    public static ConditionOperatorInfo Of(ConditionOperator op) => All.First(info => info.Operator == op);

    /// <summary>The operators offered for a field of <paramref name="type"/>.</summary>
    public static IEnumerable<ConditionOperatorInfo> For(ConditionFieldType type) => All.Where(info => info.Fits(type));
}
