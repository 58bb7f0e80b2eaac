namespace Workflows.Engine.Expressions.Conditions;

/// <summary>How a group's items combine: all must hold (AND) or any may (OR).</summary>
public enum ConditionJoiner
{
    And,
    Or,
}
