namespace Workflows.Engine.Expressions.Conditions;

/// <summary>
/// How an operator is offered, summarised and written: <paramref name="Symbol"/> is the expression language's operator,
/// applied to the field's <c>.length</c> when <paramref name="OnLength"/>.
/// </summary>
public sealed record ConditionOperatorInfo(
    ConditionOperator Operator,
    string Label,
    string SummaryWord,
    string Symbol,
    bool OnLength,
    ConditionValueCount Values,
    IReadOnlyList<ConditionFieldType> FieldTypes)
{
    /// <summary>Whether the builder offers this operator for a field of <paramref name="type"/>; every operator when the type is unknown.</summary>
    public bool Fits(ConditionFieldType type) => type == ConditionFieldType.Unknown || FieldTypes.Contains(type);
}
