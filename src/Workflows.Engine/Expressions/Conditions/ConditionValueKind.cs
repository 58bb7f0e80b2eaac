namespace Workflows.Engine.Expressions.Conditions;

/// <summary>How a row's value is written: <c>'text'</c>, a number, <c>true</c>/<c>false</c> or <c>null</c>.</summary>
public enum ConditionValueKind
{
    Text,
    Number,
    Boolean,
    Null,
}
