namespace Workflows.Engine.Preview;

/// <summary>Two previews of the same contacts under the same scenario, side by side: how many get the same, and who gets something different.</summary>
public sealed record PreviewComparison(int Contacts, int Same, IReadOnlyList<ContactDifference> Differences)
{
    /// <summary>Compares each contact of <paramref name="after"/> with their timeline in <paramref name="before"/>.</summary>
    public static PreviewComparison Of(IReadOnlyList<ContactTimeline> before, IReadOnlyList<ContactTimeline> after)
    {
        var earlier = before.ToDictionary(t => t.ContactId);
        var differences = after
            .Select(t => earlier.TryGetValue(t.ContactId, out var was) ? ContactDifference.Of(was, t) : ContactDifference.Of(null, t))
            .OfType<ContactDifference>()
            .ToList();
        return new PreviewComparison(after.Count, after.Count - differences.Count, differences);
    }
}
