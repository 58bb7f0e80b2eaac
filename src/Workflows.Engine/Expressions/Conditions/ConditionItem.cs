namespace Workflows.Engine.Expressions.Conditions;

/// <summary>One line of the builder: a <see cref="ConditionRow"/> or a nested <see cref="ConditionGroup"/>.</summary>
public abstract record ConditionItem;
