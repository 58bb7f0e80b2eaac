using System.Text.Json.Nodes;

namespace Workflows.Engine.Runtime;

/// <summary>Why a suspended run waits, and what ends the wait.</summary>
public sealed record Bookmark(string StepSlug, BookmarkKind Kind)
{
    /// <summary>When the wait ends by itself (the timer, or the timeout of an event or approval).</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>The event type awaited, e.g. <c>email.opened</c>.</summary>
    public string? EventType { get; init; }

    /// <summary>The port taken when <see cref="DueAt"/> passes.</summary>
    public string? DuePort { get; init; }

    /// <summary>What the waiting step shows or needs: the approval's title, data and form fields.</summary>
    public JsonObject? Payload { get; init; }
}
