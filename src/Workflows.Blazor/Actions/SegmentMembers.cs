using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Expressions;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Actions;

/// <summary>The customers a segment holds now: those who meet its rule, the same rules the data steps segment by.</summary>
public sealed class SegmentMembers(IDbContextFactory<AppDbContext> contexts)
{
    /// <summary>The segment's name and its customers' ids, in id order; a segment that does not exist is not found.</summary>
    public async Task<(string Name, IReadOnlyList<string> CustomerIds)> OfAsync(string segmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var segment = await db.SegmentationRules.AsNoTracking().FirstOrDefaultAsync(s => s.Id == segmentId, cancellationToken)
            ?? throw AppException.NotFound("segment", segmentId);
        var rule = RuleOf(segment.Name, segment.Expression);
        var members = (await db.Customers.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .Where(c => RecordFilter.Matches(rule, CustomerJson.ToJson(c)))
            .Select(c => c.Id)
            .ToList();
        return (segment.Name, members);
    }

    private static ConditionExpression RuleOf(string segment, string expression)
    {
        try
        {
            return RecordFilter.Parse(expression);
        }
        catch (StepFailedException ex)
        {
            throw AppException.Invalid($"The segment '{segment}' cannot be used: {ex.Message} Fix its rule under Data → Rules.");
        }
    }
}
