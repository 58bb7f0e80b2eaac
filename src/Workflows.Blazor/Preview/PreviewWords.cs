using Workflows.Engine.Model;
using Workflows.Engine.Preview;

namespace Workflows.Blazor.Preview;

/// <summary>A preview's summary in a marketer's sentences: "212 of 300 get “VIP offer”", "9 would need approval".</summary>
public static class PreviewWords
{
    public static IReadOnlyList<string> Summary(PreviewSummary summary)
    {
        var of = $" of {summary.Contacts:N0}";
        var lines = summary.WouldDo.Select(c => $"{c.Contacts:N0}{of} {Would(c.Effect)} “{c.StepName}”{Times(c)}")
            .Concat(summary.Branches.Select(c => $"{c.Contacts:N0}{of} take the {c.Port} path at “{c.StepName}”"))
            .ToList();
        if (summary.NeedApproval > 0)
        {
            lines.Add($"{summary.NeedApproval:N0}{of} would need a reviewer's approval");
        }
        if (summary.QuietHours is { } quiet)
        {
            lines.Add($"{quiet:N0}{of} hit quiet hours: their message waits for the quiet hours to end");
        }
        lines.AddRange(summary.Caps.Select(c =>
            $"{c.Exceeding:N0}{of} exceed the cap of {c.Max:N0} “{c.StepName}”{(c.HeldBack > 0 ? $"; it holds back {c.HeldBack:N0} of them" : "")}"));
        return lines;
    }

    /// <summary>Where the contacts are when the period ends: "280 finish, 20 still waiting, 0 stop on an error".</summary>
    public static string Outcomes(PreviewSummary summary, int days) =>
        $"{summary.Completed:N0} finish, {summary.StillWaiting:N0} still waiting after {days} days, {summary.Failed:N0} stop on an error.";

    public static string Kind(PreviewEntryKind kind) => kind switch
    {
        PreviewEntryKind.WouldDo => "Would do",
        PreviewEntryKind.Branch => "Path",
        PreviewEntryKind.Waits => "Waits",
        PreviewEntryKind.NeedsApproval => "Approval",
        PreviewEntryKind.WaitEnded => "Wait ends",
        PreviewEntryKind.Decides => "Decides",
        PreviewEntryKind.Deferred => "Quiet hours",
        PreviewEntryKind.Capped => "Capped",
        PreviewEntryKind.Refused => "Refused",
        PreviewEntryKind.Failed => "Stops",
        PreviewEntryKind.Completed => "Done",
        PreviewEntryKind.StillWaiting => "Still waiting",
        _ => "Step",
    };

    private static string Would(Effect effect) => effect switch
    {
        Effect.SendsMessage => "get",
        Effect.CallsOut => "would call out with",
        _ => "would have their data changed by",
    };

    private static string Times(PreviewCount count) => count.Times > count.Contacts ? $" ({count.Times:N0} times)" : "";
}
