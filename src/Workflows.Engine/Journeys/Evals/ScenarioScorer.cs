using System.Text.Json.Nodes;
using Workflows.Engine.Common;

namespace Workflows.Engine.Journeys.Evals;

/// <summary>Scores a trial's log against the scenario's expectations, one result per expectation.</summary>
public static class ScenarioScorer
{
    public static IReadOnlyList<ExpectationResult> Score(EvalScenario scenario, JourneyLog log) =>
        [.. scenario.Expectations.Select(e => Check(e, log))];

    private static ExpectationResult Check(Expectation expectation, JourneyLog log)
    {
        var taken = log.Taken.ToList();
        var (from, to) = Window(expectation);
        var inWindow = taken.Where(e => e.Action == expectation.Action && e.At >= from && e.At <= to).ToList();
        var window = expectation.Within is { Count: 2 } w ? $" between {w[0]} and {w[1]}" : "";
        return expectation.Type switch
        {
            "action" => Result(expectation, inWindow.Count >= expectation.Min,
                $"{expectation.Action} at least {expectation.Min}×{window}", $"ran {inWindow.Count}×{window}"),
            "no_action" => Result(expectation, inWindow.Count == 0, $"no {expectation.Action}{window}",
                inWindow.Count == 0 ? "none ran" : $"ran {inWindow.Count}×, first at +{Offset(inWindow[0].At)}"),
            "cancelled" => Result(expectation, log.Entries.Any(e => e.Kind == ContextEntryKinds.ActionCancelled && (expectation.Action is null || e.Action == expectation.Action)),
                $"a scheduled {expectation.Action ?? "action"} is cancelled",
                $"{log.Entries.Count(e => e.Kind == ContextEntryKinds.ActionCancelled)} cancellation(s)"),
            "max_messages" => Count(expectation, taken),
            "max_requests" => Requests(expectation, log),
            "finished" => Result(expectation, log.IsFinished, "the journey finishes", log.IsFinished ? "finished" : "still open at the end"),
            _ => new ExpectationResult(expectation.Type, false, $"Unknown expectation type '{expectation.Type}'."),
        };
    }

    private static ExpectationResult Count(Expectation expectation, List<ContextEntry> taken)
    {
        var counted = taken.Count(e => expectation.Actions is null || expectation.Actions.Contains(e.Action!));
        var max = expectation.Max ?? 0;
        return Result(expectation, counted <= max, $"at most {max} messages", $"{counted} sent");
    }

    /// <summary>Counts what the model asked for, refused or rejected included: a model that keeps asking fails even when nothing ran.</summary>
    private static ExpectationResult Requests(Expectation expectation, JourneyLog log)
    {
        var asked = log.Entries.Where(e => e.Kind == ContextEntryKinds.Decision)
            .SelectMany(e => new[] { e.Data["actNow"], e.Data["schedule"] }.OfType<JsonArray>().SelectMany(list => list))
            .Count(item => item?["action"]?.GetValue<string>() == expectation.Action);
        var max = expectation.Max ?? 0;
        return Result(expectation, asked <= max, $"{expectation.Action} asked for at most {max}×", $"asked {asked}×");
    }

    private static ExpectationResult Result(Expectation expectation, bool passed, string what, string seen) =>
        new(expectation.Description ?? what, passed, seen);

    private static (DateTimeOffset From, DateTimeOffset To) Window(Expectation expectation) => expectation.Within is { Count: 2 } within
        ? (JourneySimulator.Start + DurationParser.Parse(within[0]), JourneySimulator.Start + DurationParser.Parse(within[1]))
        : (DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

    private static string Offset(DateTimeOffset at)
    {
        var span = at - JourneySimulator.Start;
        return span.TotalDays >= 1 ? $"{span.TotalDays:0.#} days" : $"{span.TotalHours:0.#} hours";
    }
}
