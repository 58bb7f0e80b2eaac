namespace Workflows.Engine.Journeys;

/// <summary>Who enters a journey on their own: the customers of a segment, or whoever an event (e.g. <c>cart.abandoned</c>) is about.</summary>
public sealed record JourneyAudience
{
    public string? SegmentId { get; init; }

    /// <summary>With a segment: customers who join it later enter too (the app looks every minute), not only those enrolled by hand.</summary>
    public bool EnrolNewMembers { get; init; }

    public string? EnrolEvent { get; init; }
}
