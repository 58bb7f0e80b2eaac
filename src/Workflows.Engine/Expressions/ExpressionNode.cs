using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Expressions;

/// <summary>A node of a parsed condition expression.</summary>
public abstract record ExpressionNode;

public sealed record LiteralNode(JsonNode? Value) : ExpressionNode;

/// <summary>A value read from the run: <c>{{path}}</c> (must exist) or a bare name (missing reads as null).</summary>
public sealed record PathNode(TemplatePath Path, bool Braced) : ExpressionNode;

public sealed record NotNode(ExpressionNode Operand) : ExpressionNode;

public sealed record LengthNode(ExpressionNode Operand) : ExpressionNode;

public sealed record BinaryNode(ExpressionNode Left, BinaryOperator Operator, ExpressionNode Right) : ExpressionNode;
