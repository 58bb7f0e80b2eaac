using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Engine.Journeys;

/// <summary>
/// Checks a model's decision against the journey's allow-list and guardrails before anything runs, so a rule such as
/// "no more than 3 reminders" holds even when the model forgets it. Caps count what ran and what is still scheduled;
/// an action inside quiet hours is moved to the window's end; an action a reviewer turned down is not asked for again.
/// </summary>
public sealed class DecisionValidator(Func<string, ActionDeclaration?> declarations)
{
    /// <summary>How the reason of an action that quiet hours moved begins.</summary>
    public const string MovedOutOfQuietHours = "Moved out of quiet hours.";

    public ValidatedDecision Validate(JourneyDefinition journey, JourneyLog log, Decision decision, DateTimeOffset now)
    {
        var refusals = new List<Refusal>();
        if (log.IsFinished)
        {
            var parts = decision.ActNow.Select((a, i) => $"actNow[{i}] {a.Action}")
                .Concat(decision.Schedule.Select((s, i) => $"schedule[{i}] {s.Action}"))
                .Concat(decision.Cancel.Select((c, i) => $"cancel[{i}] {c.ScheduledId}"));
            return new ValidatedDecision([], [], [], false, [.. parts.Select(p => new Refusal(p, "The journey already finished for this contact."))]);
        }

        var pending = log.Pending.ToDictionary();
        var cancel = new List<Cancellation>();
        for (var i = 0; i < decision.Cancel.Count; i++)
        {
            var item = decision.Cancel[i];
            if (pending.Remove(item.ScheduledId))
            {
                cancel.Add(item);
            }
            else
            {
                refusals.Add(new Refusal($"cancel[{i}] {item.ScheduledId}", log.WasScheduled(item.ScheduledId)
                    ? $"Scheduled action {item.ScheduledId} already ran or was cancelled."
                    : $"No scheduled action has the id {item.ScheduledId}."));
            }
        }

        // Every moment an action reaches (or will reach) the contact, for the caps.
        var planned = log.Taken.Select(e => (Action: e.Action!, At: e.At))
            .Concat(pending.Values.SelectMany(e => Enumerable.Repeat((Action: e.Action!, At: e.DueAt ?? now), log.TimesLeft(e))))
            .ToList();
        var runNow = new List<DecidedAction>();
        var schedule = new List<PlannedAction>();

        for (var i = 0; i < decision.ActNow.Count; i++)
        {
            var item = decision.ActNow[i];
            var part = $"actNow[{i}] {item.Action}";
            if (Check(part, journey, log, item.Action, item.Parameters, now, planned, out var parameters, out var at) is { } refusal)
            {
                refusals.Add(refusal);
            }
            else if (at == now)
            {
                runNow.Add(item with { Parameters = parameters });
            }
            else
            {
                schedule.Add(new PlannedAction(item.Action, parameters, at, $"{MovedOutOfQuietHours} {item.Reason}".Trim()) { MovedFrom = now });
            }
        }

        for (var i = 0; i < decision.Schedule.Count; i++)
        {
            var item = decision.Schedule[i];
            var part = $"schedule[{i}] {item.Action}";
            if ((DueAt(item, now, out var due) ?? item.Repeat?.Problem(due)) is { } timing)
            {
                refusals.Add(new Refusal(part, timing));
            }
            else if (Check(part, journey, log, item.Action, item.Parameters, due, planned, out var parameters, out var at, item.Repeat?.Count(due) ?? 1) is { } refusal)
            {
                refusals.Add(refusal);
            }
            else
            {
                schedule.Add(new PlannedAction(item.Action, parameters, at, at == due ? item.Reason : $"{MovedOutOfQuietHours} {item.Reason}".Trim())
                {
                    Repeat = item.Repeat,
                    MovedFrom = at == due ? null : due,
                });
            }
        }

        if (decision.Finished)
        {
            cancel.AddRange(pending.Keys.Select(id => new Cancellation(id, "The journey finished.")));
            if (schedule.Count > 0)
            {
                refusals.AddRange(schedule.Select(s => new Refusal($"schedule {s.Action}", "The decision finishes the journey, so nothing can be scheduled.")));
                schedule.Clear();
            }
        }
        return new ValidatedDecision(runNow, schedule, cancel, decision.Finished, refusals);
    }

    private Refusal? Check(
        string part, JourneyDefinition journey, JourneyLog log, string action, JsonObject given, DateTimeOffset wanted,
        List<(string Action, DateTimeOffset At)> planned, out JsonObject parameters, out DateTimeOffset at, int times = 1)
    {
        parameters = given;
        at = wanted;
        if (journey.Find(action) is not { } allowed)
        {
            return new(part, $"'{action}' is not an allowed action of this journey; allowed: {string.Join(", ", journey.Actions.Select(a => a.Action))}.");
        }
        if (declarations(action) is not { } declaration)
        {
            return new(part, $"'{action}' is not an action of this app.");
        }
        // The marketer reads the action's title in the timeline; the model needs its name to ask for it again.
        var named = declaration.Label is { } label ? $"“{label}” ({action})" : $"'{action}'";
        parameters = Merge(allowed.Defaults, given);
        if (ParameterChecker.FindProblem(declaration, parameters) is { } parameterProblem)
        {
            return new(part, parameterProblem.ForModel);
        }
        var guardrails = allowed.Guardrails;
        if (guardrails.NeedsApproval && log.WasNotApproved(action))
        {
            return new(part, $"A reviewer already turned down {named} for this contact; it is not put to them again.");
        }
        if (guardrails.QuietHours is { } quiet)
        {
            at = quiet.NextAllowed(wanted);
        }
        var same = planned.Where(p => p.Action == action).ToList();
        if (guardrails.MaxPerContact is { } maxPerContact && same.Count + times > maxPerContact)
        {
            return new(part, times == 1
                ? $"{named} has already run or been scheduled {Times(same.Count)} for this contact; the journey allows it at most {Times(maxPerContact)}."
                : $"{named} has already run or been scheduled {Times(same.Count)} for this contact and would repeat {Times(times)}; the journey allows it at most {Times(maxPerContact)}.")
            {
                Cap = "maxPerContact",
            };
        }
        if (guardrails.MaxPerDay is { } maxPerDay)
        {
            var zone = guardrails.QuietHours?.Zone ?? TimeZoneInfo.Utc;
            var day = TimeZoneInfo.ConvertTime(at, zone).Date;
            var thatDay = same.Count(p => TimeZoneInfo.ConvertTime(p.At, zone).Date == day);
            if (thatDay >= maxPerDay)
            {
                return new(part, $"{named} has already run or been scheduled {Times(thatDay)} on {day:yyyy-MM-dd}; the journey allows it at most {Times(maxPerDay)} a day.")
                {
                    Cap = "maxPerDay",
                };
            }
        }
        planned.AddRange(Enumerable.Repeat((action, at), times));
        return null;
    }

    private static string? DueAt(ScheduleRequest item, DateTimeOffset now, out DateTimeOffset due)
    {
        due = now;
        if (item.At is { } at)
        {
            due = at;
        }
        else if (item.After is { } after)
        {
            if (!DurationParser.TryParse(after, out var delay))
            {
                return $"'after' should be a duration such as \"3 days\", not '{after}'.";
            }
            due = now + delay;
        }
        else
        {
            return "A scheduled action needs 'at' (a date and time) or 'after' (a delay such as \"2 days\").";
        }
        return due < now ? $"{due:O} is in the past." : null;
    }

    private static JsonObject Merge(JsonObject? defaults, JsonObject given)
    {
        var merged = (JsonObject?)defaults?.DeepClone() ?? [];
        foreach (var (name, value) in given)
        {
            merged[name] = value?.DeepClone();
        }
        return merged;
    }

    private static string Times(int count) => count switch
    {
        1 => "once",
        2 => "twice",
        _ => $"{count} times",
    };
}
