namespace Workflows.Engine.Expressions.Conditions;

/// <summary>What kind of value a field holds, when it is known; it decides which operators the builder offers.</summary>
public enum ConditionFieldType
{
    Unknown,
    Text,
    Number,
    Boolean,
    List,
    Object,
}
