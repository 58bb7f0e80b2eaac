using Workflows.Engine.Templating;

namespace Workflows.Engine.Preview;

/// <summary>
/// What one contact gets in only one of two previews, as lines such as "Day 2 · Would send email: “Hi Ana” — Hi Ana, here is 10% off":
/// the messages and changes, the paths taken, the approvals asked and where the period leaves them.
/// </summary>
public sealed record ContactDifference(string ContactId, IReadOnlyList<string> OnlyBefore, IReadOnlyList<string> OnlyAfter)
{
    private const int BodyShown = 140;

    /// <summary>The difference, or null when the contact gets the same in both.</summary>
    public static ContactDifference? Of(ContactTimeline? before, ContactTimeline after)
    {
        var was = Gets(before);
        var now = Gets(after);
        var onlyBefore = Without(was, now);
        var onlyAfter = Without(now, was);
        return onlyBefore.Count == 0 && onlyAfter.Count == 0 ? null : new ContactDifference(after.ContactId, onlyBefore, onlyAfter);
    }

    private static List<string> Gets(ContactTimeline? timeline) =>
        timeline?.Entries.Where(e => e.Kind is not (PreviewEntryKind.Ran or PreviewEntryKind.Waits or PreviewEntryKind.WaitEnded)).Select(Line).ToList() ?? [];

    private static string Line(PreviewEntry entry) => entry.Kind switch
    {
        PreviewEntryKind.Branch => $"Day {entry.Day} · {entry.StepName}: the {entry.Port} path",
        PreviewEntryKind.WouldDo when entry.Input?["body"] is { } body && JsonText.ToText(body) is { Length: > 0 } text => $"Day {entry.Day} · {entry.Summary} — {Shortened(text)}",
        _ => $"Day {entry.Day} · {entry.Summary}",
    };

    private static string Shortened(string text) => text.Length <= BodyShown ? text : text[..BodyShown] + "…";

    /// <summary>The lines of <paramref name="lines"/> not matched one for one in <paramref name="others"/>, in order.</summary>
    private static List<string> Without(List<string> lines, List<string> others)
    {
        var left = others.ToList();
        return lines.Where(line => !left.Remove(line)).ToList();
    }
}
