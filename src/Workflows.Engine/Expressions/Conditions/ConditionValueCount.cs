namespace Workflows.Engine.Expressions.Conditions;

/// <summary>How many values an operator compares with.</summary>
public enum ConditionValueCount
{
    None,
    One,
    Many,
}
