namespace Workflows.Engine.Expressions.Conditions;

/// <summary>Why a parsed condition has no rows in the builder; caught by <see cref="ConditionReader"/>.</summary>
internal sealed class UnsupportedConditionException(string reason) : Exception(reason);
