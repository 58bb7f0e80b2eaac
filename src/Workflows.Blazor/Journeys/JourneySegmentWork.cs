using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Runner;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Once a minute, on the scheduler's tick: customers who joined the segment of a journey that enrols new members enter
/// it (each customer once, as when the segment is enrolled by hand). Only the leading instance looks, so two never
/// enrol the same new member at once.
/// </summary>
public sealed class JourneySegmentWork(
    IDbContextFactory<AppDbContext> contexts,
    JourneySegmentAudience audience,
    InstanceLeases leases,
    TimeProvider time,
    ILogger<JourneySegmentWork> logger) : IDueWork
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    private DateTimeOffset _next = DateTimeOffset.MinValue;

    public async Task ProcessAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < _next)
        {
            return;
        }
        _next = now + Every;
        if (!await leases.LeadsAsync(cancellationToken))
        {
            return;
        }
        foreach (var journeyId in await FollowingASegmentAsync(cancellationToken))
        {
            try
            {
                var (_, enrolled) = await audience.EnrolAsync(journeyId, progress: null, cancellationToken);
                if (enrolled > 0)
                {
                    logger.LogInformation("{Count} new segment member(s) entered journey {JourneyId}.", enrolled, journeyId);
                }
            }
            catch (AppException ex)
            {
                logger.LogInformation("Journey {JourneyId} could not enrol its segment's new members: {Reason}", journeyId, ex.Message);
            }
        }
    }

    private async Task<List<string>> FollowingASegmentAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var current = await db.Journeys.AsNoTracking()
            .Select(j => new { j.Id, Json = db.JourneyVersions.Where(v => v.JourneyId == j.Id && v.Version == j.CurrentVersion).Select(v => v.DefinitionJson).First() })
            .ToListAsync(cancellationToken);
        return [.. current.Where(j => JourneyJson.Parse(j.Json).Audience is { SegmentId: not null, EnrolNewMembers: true }).Select(j => j.Id)];
    }
}
