using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions;
using Workflows.Blazor.Data;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Segment audiences: the customers who meet the segment's rule (the same rules the data steps segment by) enter the
/// journey once each; customers who were in it before, or are in it now, are not enrolled again.
/// </summary>
public sealed class JourneySegmentAudience(
    IDbContextFactory<AppDbContext> contexts, SegmentMembers segments, JourneyStore journeys, JourneyEnrolment enrolment)
{
    /// <summary>The journey's segment and its counts, or null when the journey's audience is not a segment.</summary>
    public async Task<SegmentAudience?> PreviewAsync(string journeyId, CancellationToken cancellationToken = default)
    {
        var definition = (await journeys.GetAsync(journeyId, cancellationToken)).Definition;
        if (definition.Audience.SegmentId is not { } segmentId)
        {
            return null;
        }
        var (name, waiting, matching) = await NotYetEnrolledAsync(journeyId, definition, segmentId, cancellationToken);
        return new SegmentAudience(segmentId, name, matching, waiting.Count);
    }

    /// <summary>
    /// Enrols every customer of the segment who has not been in the journey; returns the counts after. Cancelled, it stops
    /// between two customers: those already in stay in (see <see cref="JourneyEnrolment.EnrolManyAsync"/>).
    /// </summary>
    public async Task<(SegmentAudience Audience, int Enrolled)> EnrolAsync(string journeyId, IProgress<WorkProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var definition = (await journeys.GetAsync(journeyId, cancellationToken)).Definition;
        var segmentId = definition.Audience.SegmentId
            ?? throw AppException.Invalid("This journey's audience is not a segment: choose one in the journey's editor, or enrol contacts one by one.");
        var (name, waiting, matching) = await NotYetEnrolledAsync(journeyId, definition, segmentId, cancellationToken);
        var enrolled = waiting.Count == 0 ? 0
            : await enrolment.EnrolManyAsync(journeyId, waiting, new JsonObject { ["segment"] = name }, progress, cancellationToken);
        return (new SegmentAudience(segmentId, name, matching, waiting.Count - enrolled), enrolled);
    }

    private async Task<(string Name, List<string> Waiting, int Matching)> NotYetEnrolledAsync(
        string journeyId, JourneyDefinition definition, string segmentId, CancellationToken cancellationToken)
    {
        var (name, members) = await segments.OfAsync(segmentId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entered = await db.JourneyRuns.AsNoTracking().Where(r => r.JourneyId == journeyId).Select(r => r.ContactId)
            .Union(db.Executions.AsNoTracking().Where(e => e.WorkflowId == definition.LockedWorkflowId && e.SubjectId != null).Select(e => e.SubjectId!))
            .ToListAsync(cancellationToken);
        return (name, members.Except(entered).ToList(), members.Count);
    }
}
