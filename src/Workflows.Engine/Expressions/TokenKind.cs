namespace Workflows.Engine.Expressions;

internal enum TokenKind
{
    Number,
    String,
    Path,
    TemplatePath,
    Operator,
    Word,
    Member,
    End,
}
