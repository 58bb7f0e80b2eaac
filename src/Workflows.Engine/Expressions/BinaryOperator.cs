namespace Workflows.Engine.Expressions;

public enum BinaryOperator
{
    And,
    Or,
    Equal,
    NotEqual,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    Contains,
    Includes,
    StartsWith,
    EndsWith,
}
