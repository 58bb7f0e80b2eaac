namespace Workflows.Engine.Expressions.Conditions;

/// <summary>What one row of the condition builder checks about its field.</summary>
public enum ConditionOperator
{
    EqualTo,
    NotEqualTo,
    GreaterThan,
    AtLeast,
    LessThan,
    AtMost,
    Contains,
    StartsWith,
    EndsWith,
    IsEmpty,
    IsNotEmpty,
    IsOneOf,
    Includes,
    LengthIs,
    LengthIsNot,
    LengthGreaterThan,
    LengthAtLeast,
    LengthLessThan,
    LengthAtMost,
}
