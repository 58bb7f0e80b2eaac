namespace Workflows.Engine.Expressions.Conditions;

/// <summary>Field, operator and values: "Total spent is greater than 1000". <see cref="Field"/> is null while the user has not chosen one.</summary>
public sealed record ConditionRow(ConditionField? Field, ConditionOperator Operator, IReadOnlyList<ConditionValue> Values) : ConditionItem
{
    public ConditionOperatorInfo Info => ConditionOperators.Of(Operator);

    /// <summary>Whether the row can be written: it has a field and as many values as its operator needs.</summary>
    public bool IsComplete => Field is not null && Info.Values switch
    {
        ConditionValueCount.None => true,
        ConditionValueCount.One => Values.Count == 1,
        _ => Values.Count > 0,
    };

    public bool Equals(ConditionRow? other) =>
        other is not null && Equals(Field, other.Field) && Operator == other.Operator && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Field, Operator, Values.Count);
}
