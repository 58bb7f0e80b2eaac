using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Runner;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Events about a contact reach each of their active journey runs, and enrol them in every journey whose audience is
/// that event (adaptive or locked). The decision worker takes the decisions, so the event intake never waits for a model.
/// </summary>
public sealed class JourneyEventIntake(
    IDbContextFactory<AppDbContext> contexts,
    JourneyRunner runner,
    JourneyEnrolment enrolment,
    TimeProvider time,
    ILogger<JourneyEventIntake> logger) : IEventSubscriber
{
    public async Task OnEventAsync(string type, string? subjectId, JsonNode? data, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(subjectId) || JourneyActionNotice.IsFromJourney(data))
        {
            return;
        }
        List<(string RunId, string JourneyId)> active;
        List<string> enrolling;
        bool isCustomer;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            active = (await db.JourneyRuns.AsNoTracking()
                .Where(r => r.ContactId == subjectId && r.Status == JourneyRunStatus.Active)
                .Select(r => new { r.Id, r.JourneyId })
                .ToListAsync(cancellationToken)).Select(r => (r.Id, r.JourneyId)).ToList();
            enrolling = await db.Journeys.AsNoTracking().Where(j => j.EnrolEvent == type).Select(j => j.Id).ToListAsync(cancellationToken);
            isCustomer = enrolling.Count > 0 && await db.Customers.AnyAsync(c => c.Id == subjectId, cancellationToken);
        }
        var now = time.GetUtcNow();
        foreach (var (runId, _) in active)
        {
            await runner.AppendAsync(runId, ContextEntry.Event(now, type, data), cancellationToken);
        }
        foreach (var journeyId in enrolling.Where(id => isCustomer && active.All(r => r.JourneyId != id)))
        {
            try
            {
                await enrolment.EnrolManyAsync(journeyId, [subjectId], new JsonObject { ["event"] = type, ["data"] = data?.DeepClone() }, progress: null, cancellationToken);
            }
            catch (AppException ex)
            {
                logger.LogWarning("Event {EventType} could not enrol {SubjectId} in journey {JourneyId}: {Reason}", type, subjectId, journeyId, ex.Message);
            }
        }
    }
}
