using System.Text.Json.Nodes;

namespace Workflows.Engine.Journeys;

/// <summary>What the guardrails need to know of a contact's log: what ran, what is still scheduled, whether the journey ended.</summary>
public sealed class JourneyLog(IReadOnlyList<ContextEntry> entries)
{
    public IReadOnlyList<ContextEntry> Entries { get; } = entries;

    public bool IsFinished => Entries.Any(e => e.Kind == ContextEntryKinds.Finished);

    /// <summary>Actions that ran without error (a failed send did not reach the contact).</summary>
    public IEnumerable<ContextEntry> Taken => Entries.Where(e => e.Kind == ContextEntryKinds.ActionTaken && e.Error is null);

    /// <summary>Scheduled actions that have neither run (for a repeating one: for the last time) nor been cancelled, by id.</summary>
    public IReadOnlyDictionary<string, ContextEntry> Pending
    {
        get
        {
            var pending = new Dictionary<string, ContextEntry>(StringComparer.Ordinal);
            foreach (var entry in Entries)
            {
                if (entry.Kind == ContextEntryKinds.ActionScheduled && entry.ScheduledId is { } id)
                {
                    pending[id] = entry;
                }
                else if (entry.Kind == ContextEntryKinds.ActionTaken && entry.ScheduledId is { } ran && entry.Data["nextDueAt"] is { } next
                    && pending.TryGetValue(ran, out var series))
                {
                    var still = new JsonObject(series.Data.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
                    still["dueAt"] = next.DeepClone();
                    pending[ran] = series with { Data = still };
                }
                else if (entry.Kind is ContextEntryKinds.ActionTaken or ContextEntryKinds.ActionCancelled && entry.ScheduledId is { } done)
                {
                    pending.Remove(done);
                }
            }
            return pending;
        }
    }

    /// <summary>How many more times a pending scheduled action will run: once, or what is left of a repeating series' times.</summary>
    public int TimesLeft(ContextEntry scheduled) =>
        scheduled.Data["repeat"]?["times"] is JsonValue times && times.TryGetValue(out int count)
            ? Math.Max(1, count - Taken.Count(e => e.ScheduledId == scheduled.ScheduledId))
            : 1;

    /// <summary>Whether a reviewer has already turned this action down for the contact.</summary>
    public bool WasNotApproved(string action) =>
        Entries.Any(e => e.Kind == ContextEntryKinds.ActionCancelled && e.Action == action && e.Data.ContainsKey("notApproved"));

    /// <summary>Every scheduled id ever given, for telling "unknown" from "already ran or cancelled".</summary>
    public bool WasScheduled(string scheduledId) =>
        Entries.Any(e => e.Kind == ContextEntryKinds.ActionScheduled && e.ScheduledId == scheduledId);
}
