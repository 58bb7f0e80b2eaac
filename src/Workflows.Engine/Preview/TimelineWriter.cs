using System.Globalization;
using Workflows.Engine.Common;
using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Preview;

/// <summary>Turns a preview run's step records into the lines of the contact's timeline, in words a marketer reads.</summary>
public sealed class TimelineWriter(WorkflowGraph graph, ActionCatalog actions, PreviewPlan plan)
{
    private readonly List<PreviewEntry> _entries = [];

    public IReadOnlyList<PreviewEntry> Entries => _entries;

    /// <summary>
    /// Adds the records committed since the last call; <paramref name="waitEnd"/> says how the wait the first one resumes
    /// ended, <paramref name="waitingFor"/> what the run waits for now.
    /// </summary>
    public void Add(IEnumerable<StepRecord> records, WaitEnd? waitEnd, Bookmark? waitingFor)
    {
        foreach (var record in records)
        {
            _entries.Add(waitEnd is null ? EntryOf(record, waitingFor) : Entry(record, PreviewEntryKind.WaitEnded, waitEnd.Reason));
            waitEnd = null;
        }
    }

    /// <summary>The last line: the run's end, or the wait it is still in when the period ends.</summary>
    public PreviewOutcome Finish(ExecutionState state)
    {
        var (outcome, kind, summary, at) = state.Status switch
        {
            ExecutionStatus.Completed => (PreviewOutcome.Completed, PreviewEntryKind.Completed, "Reaches the end of the workflow.", state.EndedAt ?? plan.End),
            ExecutionStatus.Waiting => (PreviewOutcome.Waiting, PreviewEntryKind.StillWaiting, $"Still waiting when the {plan.Days}-day preview ends.", plan.End),
            _ => (PreviewOutcome.Failed, PreviewEntryKind.Failed, $"Stops: {state.Error}", state.EndedAt ?? plan.End),
        };
        var slug = state.Status == ExecutionStatus.Completed ? "" : state.CurrentStep ?? state.FailedStep ?? "";
        _entries.Add(new PreviewEntry(at, plan.DayOf(at), slug, slug.Length == 0 ? "" : StepName(slug), kind, summary));
        return outcome;
    }

    private PreviewEntry EntryOf(StepRecord record, Bookmark? waitingFor)
    {
        var step = graph.Find(record.StepSlug);
        if (record.Status == StepRecordStatus.Failed)
        {
            return Entry(record, PreviewEntryKind.Failed, record.Port is null ? $"Fails: {record.Error}" : $"Fails and takes its error path: {record.Error}");
        }
        if (record.Status == StepRecordStatus.Waiting)
        {
            return waitingFor?.Kind == BookmarkKind.Approval
                ? Entry(record, PreviewEntryKind.NeedsApproval, $"Asks a reviewer: {Text(record, "title") ?? step?.DisplayName}")
                : Entry(record, PreviewEntryKind.Waits, WaitText(record));
        }
        if (step is not null && StepTypes.Find(step.Type)?.ExplainsPort == true)
        {
            var why = record.Output?["explanation"] is { } explanation ? $": {JsonText.ToText(explanation)}" : "";
            return Entry(record, PreviewEntryKind.Branch, $"Takes the {record.Port} path{why}");
        }
        var effect = step is null ? Effect.None : StepTypes.EffectOf(step, actions);
        var what = Lowered(step?.Name ?? ActionLabel(step) ?? Labels.Humanize(record.StepSlug));
        return effect.HasSideEffect()
            ? Entry(record, PreviewEntryKind.WouldDo, $"Would {what}{Subject(record)}") with { Effect = effect }
            : Entry(record, PreviewEntryKind.Ran, step is not null && StepTypes.StartsRun(step) ? "Starts the workflow." : Capitalised(what)) with { Effect = effect };
    }

    private PreviewEntry Entry(StepRecord record, PreviewEntryKind kind, string summary) =>
        new(record.StartedAt, plan.DayOf(record.StartedAt), record.StepSlug, StepName(record.StepSlug), kind, summary)
        {
            Port = record.Port,
            Input = record.Input,
            Output = record.Output,
        };

    /// <summary>The name the designer gave the step, else its id in words ("send_vip_offer" → "Send VIP offer"), which tells two steps of one type apart.</summary>
    private string StepName(string slug) => graph.Find(slug) is { } step ? DataTree.NameOf(step) ?? Labels.Humanize(slug) : Labels.Humanize(slug);

    private string WaitText(StepRecord record) =>
        Text(record, "event") is { } type
            ? Text(record, "timeout") is { Length: > 0 } timeout && TimeSpan.TryParse(timeout, CultureInfo.InvariantCulture, out var most)
                ? $"Waits for {type}, at most {DurationParser.Format(most)}."
                : $"Waits for {type}."
            : Text(record, "until") is { } until && DateTimeOffset.TryParse(until, CultureInfo.InvariantCulture, out var at)
                ? $"Waits until day {plan.DayOf(at)} ({at:yyyy-MM-dd HH:mm})."
                : "Waits.";

    private string? ActionLabel(StepDefinition? step) =>
        step is not null && StepTypes.ActionOf(step) is { } name ? actions.FindDeclaration(name)?.Label : null;

    private static string Subject(StepRecord record) => Text(record, "subject") is { Length: > 0 } subject ? $": “{subject}”" : "";

    private static string? Text(StepRecord record, string key) => record.Input?[key] is { } value ? JsonText.ToText(value) : null;

    private static string Lowered(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string Capitalised(string text) => text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
