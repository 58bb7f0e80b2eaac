namespace Workflows.Engine.Journeys.Evals;

/// <summary>
/// One thing a scenario checks, by <see cref="Type"/>: <c>action</c> (the action ran at least <see cref="Min"/> times,
/// within the window if given), <c>no_action</c> (it never ran, or not within the window), <c>cancelled</c> (a scheduled one
/// was cancelled), <c>max_messages</c> (at most <see cref="Max"/> actions ran, counting <see cref="Actions"/> or all),
/// <c>max_requests</c> (the model asked for <see cref="Action"/> at most <see cref="Max"/> times, whether or not it ran),
/// <c>finished</c> (the journey ended).
/// </summary>
public sealed record Expectation(string Type)
{
    public string? Action { get; init; }

    /// <summary>From and to, as delays from the start ("0 hours", "1 day").</summary>
    public IReadOnlyList<string>? Within { get; init; }

    public int Min { get; init; } = 1;

    public int? Max { get; init; }

    public IReadOnlyList<string>? Actions { get; init; }

    public string? Description { get; init; }
}
