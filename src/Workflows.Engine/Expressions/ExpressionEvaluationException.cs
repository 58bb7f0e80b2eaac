namespace Workflows.Engine.Expressions;

/// <summary>An expression that parsed but cannot be evaluated on these values, e.g. comparing a list with a number.</summary>
public sealed class ExpressionEvaluationException(string message) : Exception(message);
