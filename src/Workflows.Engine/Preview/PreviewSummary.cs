namespace Workflows.Engine.Preview;

/// <summary>
/// What a preview comes to over its contacts: how many would get each message or other change, how many take each path,
/// how many would need an approval, and where they are when the period ends.
/// </summary>
public sealed record PreviewSummary(
    int Contacts,
    IReadOnlyList<PreviewCount> WouldDo,
    IReadOnlyList<PreviewCount> Branches,
    int NeedApproval,
    int Completed,
    int StillWaiting,
    int Failed)
{
    /// <summary>For a journey with quiet hours, how many contacts had an action moved out of them; null when there are none to hit.</summary>
    public int? QuietHours { get; init; }

    /// <summary>For a journey, each action capped per contact, and how the cap acted.</summary>
    public IReadOnlyList<PreviewCap> Caps { get; init; } = [];

    public static PreviewSummary Of(IReadOnlyList<ContactTimeline> timelines) => new(
        timelines.Count,
        Count(timelines, e => e.Kind == PreviewEntryKind.WouldDo),
        Count(timelines, e => e.Kind == PreviewEntryKind.Branch),
        timelines.Count(t => t.Entries.Any(e => e.Kind == PreviewEntryKind.NeedsApproval)),
        timelines.Count(t => t.Outcome == PreviewOutcome.Completed),
        timelines.Count(t => t.Outcome == PreviewOutcome.Waiting),
        timelines.Count(t => t.Outcome == PreviewOutcome.Failed));

    /// <summary>For each step and port the matching lines have, how many contacts have one and how many lines there are, in the workflow's order of first use.</summary>
    private static List<PreviewCount> Count(IReadOnlyList<ContactTimeline> timelines, Func<PreviewEntry, bool> matches) =>
        timelines
            .SelectMany(t => t.Entries.Where(matches).Select(e => (Contact: t.ContactId, Entry: e)))
            .GroupBy(x => (x.Entry.StepSlug, x.Entry.Port))
            .Select(g => new PreviewCount(g.Key.StepSlug, g.First().Entry.StepName, g.Key.Port, g.First().Entry.Effect,
                g.Select(x => x.Contact).Distinct().Count(), g.Count()))
            .ToList();
}
