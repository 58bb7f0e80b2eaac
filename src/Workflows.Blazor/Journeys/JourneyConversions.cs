using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Runner;
using Workflows.Engine.Experiments;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Hears every event and records the journey runs it converts, as workflows' conversions are found
/// (<see cref="ConversionGoal.ConvertedBy"/>): the contact's runs, held out or not and whether still active, that entered within
/// the goal's window before it. The one writer of journey conversions; each run converts once per goal.
/// </summary>
public sealed class JourneyConversions(IDbContextFactory<AppDbContext> contexts, JourneyNews news, TimeProvider time, ILogger<JourneyConversions> log)
    : IEventSubscriber
{
    public async Task OnEventAsync(string type, string? subjectId, JsonNode? data, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(subjectId))
        {
            return;
        }
        try
        {
            try
            {
                await RecordAsync(type, subjectId, data, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another event for the same contact recorded one of these between the look and the write: look again.
                await RecordAsync(type, subjectId, data, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A conversion is a measurement: failing to count one must not make the event itself be delivered again.
            log.LogError(ex, "Journey conversions for the {EventType} event of {SubjectId} could not be recorded", type, subjectId);
        }
    }

    private async Task RecordAsync(string type, string subjectId, JsonNode? data, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var earliest = now - ConversionGoals.LongestWindow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await db.JourneyRuns.AsNoTracking()
            .Where(r => r.ContactId == subjectId && r.EnrolledAt >= earliest && r.EnrolledAt <= now)
            .Select(r => new { r.Id, r.JourneyId, r.Version, r.HeldOut, r.EnrolledAt, Recorded = db.JourneyConversions.Where(c => c.RunId == r.Id).Select(c => c.Goal).ToList() })
            .ToListAsync(cancellationToken);
        var goals = new Dictionary<(string, int), IReadOnlyList<ConversionGoal>>();
        foreach (var run in runs)
        {
            if (!goals.TryGetValue((run.JourneyId, run.Version), out var ofVersion))
            {
                ofVersion = goals[(run.JourneyId, run.Version)] = ConversionGoals.Of((await JourneyStore.VersionAsync(db, run.JourneyId, run.Version, cancellationToken)).Goals);
            }
            db.JourneyConversions.AddRange(ofVersion.Where(goal => !run.Recorded.Contains(goal.Name) && goal.ConvertedBy(type, data, run.EnrolledAt, now))
                .DistinctBy(goal => goal.Name)
                .Select(goal => new JourneyConversionEntity
                {
                    Id = Ids.New(), JourneyId = run.JourneyId, RunId = run.Id, Goal = goal.Name, EventType = type, HeldOut = run.HeldOut,
                    EnrolledAt = run.EnrolledAt, ConvertedAt = now,
                }));
        }
        var converted = db.ChangeTracker.Entries<JourneyConversionEntity>().Select(e => e.Entity.JourneyId).Distinct().ToList();
        await db.SaveChangesAsync(cancellationToken);
        converted.ForEach(news.Changed);
    }
}
