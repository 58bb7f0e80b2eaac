using System.Text.Json.Nodes;
using Cronos;
using Workflows.Engine.Model;

namespace Workflows.Engine.Editing.Schedules;

/// <summary>
/// A schedule trigger's cron expression and time zone (Cronos): read from the workflow, checked, and turned into
/// fire times. The scheduler and the validator share it, so what validates is what runs.
/// </summary>
public static class CronTimes
{
    public const string DefaultZone = "UTC";

    /// <summary>The cron and time zone a workflow's schedule uses: its trigger's, else the workflow's <c>config.schedule</c>.</summary>
    public static (string? Cron, string Zone) Of(WorkflowDefinition definition, StepDefinition? trigger)
    {
        var schedule = definition.Config?["schedule"] as JsonObject;
        var cron = trigger?.ConfigString("cron") ?? Text(schedule?["cron"]);
        var zone = trigger?.ConfigString("timezone") ?? Text(schedule?["timezone"]) ?? DefaultZone;
        return (cron, zone);
    }

    /// <summary>The parsed expression (five fields, or six with seconds), or null with the problem in words.</summary>
    public static CronExpression? Parse(string cron, out string? problem)
    {
        try
        {
            problem = null;
            return CronExpression.Parse(cron, cron.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
        }
        catch (CronFormatException ex)
        {
            problem = $"'{cron}' is not a cron expression ({ex.Message}). Example: \"0 9 * * 1\" is Mondays at 9:00, \"0 9 * * *\" every day at 9:00.";
            return null;
        }
    }

    /// <summary>The time zone named <paramref name="id"/> (IANA, e.g. "Europe/Paris"), or null with the problem in words.</summary>
    public static TimeZoneInfo? Zone(string id, out string? problem)
    {
        try
        {
            problem = null;
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            problem = $"'{id}' is not a time zone; use an IANA name such as \"America/New_York\", \"Europe/Paris\" or \"UTC\".";
            return null;
        }
    }

    /// <summary>When a workflow with a schedule trigger fires next; empty for other triggers or a schedule that does not parse.</summary>
    public static IReadOnlyList<DateTimeOffset> NextFireTimes(WorkflowDefinition definition, DateTimeOffset after, int count)
    {
        var graph = WorkflowGraph.For(definition);
        var trigger = graph.HasExplicitTrigger ? graph.Start : null;
        if (TriggerTypes.Of(trigger)?.Listens != TriggerListener.Schedule || Of(definition, trigger) is not { Cron: { } cron, Zone: var id })
        {
            return [];
        }
        return Parse(cron, out _) is { } expression && Zone(id, out _) is { } zone ? Upcoming(expression, zone, after, count) : [];
    }

    /// <summary>The next <paramref name="count"/> fire times after <paramref name="after"/>.</summary>
    public static IReadOnlyList<DateTimeOffset> Upcoming(CronExpression expression, TimeZoneInfo zone, DateTimeOffset after, int count)
    {
        var times = new List<DateTimeOffset>(count);
        for (var next = expression.GetNextOccurrence(after, zone); next is { } time && times.Count < count; next = expression.GetNextOccurrence(time, zone))
        {
            times.Add(time);
        }
        return times;
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
