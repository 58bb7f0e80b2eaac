namespace Workflows.Blazor.Ai;

/// <summary>One message of a conversation thread as the execution viewer shows it.</summary>
public sealed record ThreadEntry(int Sequence, string Role, string Content, DateTimeOffset CreatedAt);
