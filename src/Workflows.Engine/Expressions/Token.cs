namespace Workflows.Engine.Expressions;

/// <summary>A lexed token; <see cref="Position"/> is the 0-based index in the expression text.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position)
{
    public bool Is(TokenKind kind, string text) => Kind == kind && Text == text;
}
