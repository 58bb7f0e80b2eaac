namespace Workflows.Engine.Journeys;

/// <summary>
/// Who hears each of a journey's actions as it runs (the journey note's <c>on_action</c>): a webhook
/// (<see cref="Url"/>), whose JSON answer may add context to the contact's log, or an event type
/// (<see cref="Event"/>) that event-triggered workflows listen to. <see cref="Actions"/> narrows it to some actions.
/// </summary>
public sealed record ActionSubscriber
{
    public string? Url { get; init; }

    public string? Event { get; init; }

    /// <summary>The actions it hears; empty for all.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    public bool Hears(string action) => Actions.Count == 0 || Actions.Contains(action, StringComparer.Ordinal);

    /// <summary>What is wrong with this subscriber, as a sentence for the editor; null when nothing.</summary>
    public string? FindProblem()
    {
        if ((Url is null) == (Event is null))
        {
            return "Each subscriber is a webhook address (url) or an event type (event), not both nor neither.";
        }
        if (Url is not null && !(Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            return $"The subscriber address '{Url}' should be a full http or https address.";
        }
        if (Event is not null && (Event.Length > 100 || !Event.Contains('.') || Event.Any(char.IsWhiteSpace)))
        {
            return $"The subscriber event '{Event}' should be an event type such as journey.sms_sent: dotted, without spaces.";
        }
        return null;
    }
}
