namespace Workflows.Blazor.Data.Entities;

/// <summary>One message of an LLM conversation thread (user guide, Pattern 4): LLM steps of runs with the same thread id share them.</summary>
public sealed class ThreadMessageEntity
{
    public long Id { get; set; }

    public required string ThreadId { get; set; }

    /// <summary>1 for the thread's first message; the order the model reads them in.</summary>
    public int Sequence { get; set; }

    /// <summary>user or assistant.</summary>
    public required string Role { get; set; }

    public required string Content { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
