using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Runner;
using Workflows.Engine.Experiments;

namespace Workflows.Blazor.Experiments;

/// <summary>
/// Hears every event and finds the runs it converts: the contact's runs (not test runs) that started within the longest goal
/// window, whose workflow version has a goal the event meets inside that goal's window. The event's arrival is its time.
/// </summary>
public sealed class ConversionRecorder(
    IDbContextFactory<AppDbContext> contexts,
    VersionGoals versionGoals,
    ConversionCommands commands,
    TimeProvider time,
    ILogger<ConversionRecorder> log) : IEventSubscriber
{
    public async Task OnEventAsync(string type, string? subjectId, JsonNode? data, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(subjectId))
        {
            return;
        }
        try
        {
            var converted = await ConvertedRunsAsync(type, subjectId, data, cancellationToken);
            if (converted.Count > 0)
            {
                await commands.RecordAsync(converted, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A conversion is a measurement: failing to count one must not make the event itself be delivered again.
            log.LogError(ex, "Conversions for the {EventType} event of {SubjectId} could not be recorded", type, subjectId);
        }
    }

    private async Task<List<ConversionCandidate>> ConvertedRunsAsync(string type, string subjectId, JsonNode? data, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var earliest = now - ConversionGoals.LongestWindow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await db.Executions.AsNoTracking()
            .Where(e => e.SubjectId == subjectId && !e.IsTest && e.CreatedAt >= earliest && e.CreatedAt <= now)
            .Select(e => new { e.Id, e.WorkflowId, e.Version, e.CreatedAt })
            .ToListAsync(cancellationToken);
        var goals = await versionGoals.OfAsync(db, [.. runs.Select(r => (r.WorkflowId, r.Version))], cancellationToken);
        var converted = new List<ConversionCandidate>();
        foreach (var run in runs)
        {
            converted.AddRange(goals[(run.WorkflowId, run.Version)].Where(goal => goal.ConvertedBy(type, data, run.CreatedAt, now)).Select(goal =>
                new ConversionCandidate(run.WorkflowId, run.Version, run.Id, goal.Name, type, subjectId, run.CreatedAt)));
        }
        return converted;
    }
}
