using System.Text.Json.Nodes;
using Workflows.Engine.Common;

namespace Workflows.Engine.Journeys.Evals;

/// <summary>
/// Plays a scenario on a virtual clock, as the app's runner would: the timeline's entries and due scheduled actions come
/// in time order, each asks for a decision, the guardrails check it, actions "run" (recorded, not sent), scheduled ones
/// wait for their time (a repeating one again after each time, until its series or the scenario ends), cancelled ones drop. An action that needs approval waits for the scenario's reviewer, who
/// answers at once (<see cref="EvalScenario.Approvals"/>); a rejected one is cancelled. Days pass in milliseconds; the
/// log is the trial's result.
/// </summary>
public sealed class JourneySimulator(DecisionValidator validator)
{
    /// <summary>The virtual start: a Monday morning, so quiet hours and days are predictable.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A trial stops asking after this many decisions, in case a model keeps scheduling.</summary>
    public const int MaxDecisions = 60;

    /// <summary>Plays <paramref name="scenario"/> from <paramref name="start"/> (else <see cref="Start"/>) for its duration.</summary>
    public async Task<JourneyLog> RunAsync(
        EvalScenario scenario, Func<JourneyDefinition, JourneyLog, DateTimeOffset, CancellationToken, Task<SimulatedDecision>> decide,
        CancellationToken cancellationToken = default, DateTimeOffset? start = null)
    {
        var journey = scenario.ToJourney();
        var from = start ?? Start;
        var end = from + DurationParser.Parse(scenario.Duration);
        var steps = new Queue<(DateTimeOffset At, ScenarioStep Step)>(scenario.Timeline.Select(s => (from + DurationParser.Parse(s.At), s)).OrderBy(s => s.Item1));
        var entries = new List<ContextEntry>();
        var pending = new Dictionary<string, PlannedAction>(StringComparer.Ordinal);
        var timesTaken = new Dictionary<string, int>(StringComparer.Ordinal);
        var decisions = 0;
        var ids = 0;
        while (decisions < MaxDecisions && !entries.Any(e => e.Kind == ContextEntryKinds.Finished))
        {
            var nextStep = steps.Count > 0 ? steps.Peek().At : DateTimeOffset.MaxValue;
            var nextDue = pending.Count > 0 ? pending.Min(p => p.Value.DueAt) : DateTimeOffset.MaxValue;
            var now = nextStep <= nextDue ? nextStep : nextDue;
            if (now > end)
            {
                break;
            }
            if (nextStep <= nextDue)
            {
                entries.Add(Entry(steps.Dequeue().Step, now));
            }
            else
            {
                var (id, due) = pending.Where(p => p.Value.DueAt == nextDue).OrderBy(p => p.Key, StringComparer.Ordinal).First();
                pending.Remove(id);
                if (NeedsApproval(journey, due.Action) && scenario.Approvals.Rejects(due.Action))
                {
                    entries.Add(ContextEntry.NotApproved(now, id, due.Action, ScenarioApprovals.Rejected));
                }
                else
                {
                    // A repeating action's next time waits under the same id, as in the app, so cancelling it ends the series.
                    var times = timesTaken[id] = timesTaken.GetValueOrDefault(id) + 1;
                    var result = new JsonObject { ["simulated"] = true };
                    if (due.Repeat?.Next(due.DueAt, times) is { } next)
                    {
                        pending[id] = due with { DueAt = next };
                        entries.Add(ContextEntry.TakenInSeries(now, due.Action, due.Parameters, result, null, id, next));
                    }
                    else
                    {
                        entries.Add(ContextEntry.Taken(now, due.Action, due.Parameters, result, null, id));
                    }
                }
            }
            decisions++;
            var log = new JourneyLog([.. entries]);
            var answer = await decide(journey, log, now, cancellationToken);
            if (answer.Decision is not { } decision)
            {
                entries.Add(ContextEntry.Refused(now, [new Refusal("decision", answer.Problem ?? "No decision.")]));
                continue;
            }
            entries.Add(ContextEntry.Decided(now, decision));
            var accepted = validator.Validate(journey, log, decision, now);
            if (accepted.Refusals.Count > 0)
            {
                entries.Add(ContextEntry.Refused(now, accepted.Refusals));
            }
            foreach (var cancel in accepted.Cancel)
            {
                if (pending.Remove(cancel.ScheduledId, out var dropped))
                {
                    entries.Add(ContextEntry.Cancelled(now, cancel.ScheduledId, dropped.Action, cancel.Reason ?? ""));
                }
            }
            foreach (var planned in accepted.Schedule)
            {
                Schedule(planned, now);
            }
            foreach (var action in accepted.RunNow)
            {
                if (NeedsApproval(journey, action.Action))
                {
                    // As in the app, it waits for the reviewer, whose answer comes in when it is due: now.
                    Schedule(PlannedAction.AwaitingApproval(action, now), now);
                }
                else
                {
                    entries.Add(ContextEntry.Taken(now, action.Action, action.Parameters, new JsonObject { ["simulated"] = true }, null));
                }
            }
            if (accepted.Finish)
            {
                entries.Add(ContextEntry.Ended(now, decision.Reasoning));
            }
        }
        return new JourneyLog(entries);

        void Schedule(PlannedAction planned, DateTimeOffset at)
        {
            var id = $"s{++ids}";
            pending[id] = planned;
            entries.Add(ContextEntry.Scheduled(at, id, planned));
        }
    }

    private static ContextEntry Entry(ScenarioStep step, DateTimeOffset at) => step.Kind switch
    {
        ContextEntryKinds.Input => ContextEntry.Input(at, step.Data),
        ContextEntryKinds.AddContext => ContextEntry.AddContext(at, step.Data),
        ContextEntryKinds.Event => ContextEntry.Event(at, step.Type ?? throw new FormatException("A timeline event needs a type, such as email.opened."), step.Data),
        _ => throw new FormatException($"A timeline step is input, add_context or event, not '{step.Kind}'."),
    };

    private static bool NeedsApproval(JourneyDefinition journey, string action) => journey.Find(action)?.Guardrails.NeedsApproval == true;
}
