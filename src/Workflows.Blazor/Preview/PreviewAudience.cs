using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions;
using Workflows.Blazor.Data;
using Workflows.Blazor.Store;
using Workflows.Engine.Preview;

namespace Workflows.Blazor.Preview;

/// <summary>
/// Whom and how far a preview looks, for workflows and journeys alike: the contacts by id, email or name (as the customer
/// picker searches), a segment's customers or a sample of them; the period and scenario; and the contacts' names.
/// </summary>
public sealed class PreviewAudience(IDbContextFactory<AppDbContext> contexts, SegmentMembers segments, StoreQueries customers, TimeProvider time)
{
    /// <summary>How many customers a search shows when a name is ambiguous.</summary>
    private const int ShownMatches = 5;

    public PreviewPlan PlanOf(WorkflowPreviewRequest request)
    {
        var days = request.Days ?? PreviewLimits.DefaultDays;
        if (days is < 1 or > PreviewLimits.MaxDays)
        {
            throw AppException.Invalid($"A preview looks 1 to {PreviewLimits.MaxDays} days ahead; {days} days cannot be previewed.");
        }
        return new PreviewPlan(time.GetUtcNow(), days, PreviewScenarios.Read(request.Scenario, days));
    }

    /// <summary>The ids of the contacts to preview, at most <paramref name="max"/>; a sample is the same for the same pool every time.</summary>
    public async Task<IReadOnlyList<string>> ContactsAsync(WorkflowPreviewRequest request, int max, CancellationToken cancellationToken)
    {
        if (request.Sample is { } sample && (sample < 1 || sample > max))
        {
            throw AppException.Invalid($"A sample has 1 to {max:N0} contacts.");
        }
        if (request.Contacts is { Count: > 0 } wanted)
        {
            return request.SegmentId is null && request.Sample is null
                ? await FindAsync(wanted, max, cancellationToken)
                : throw AppException.Invalid("Choose the contacts, or a segment (or a sample), not both.");
        }
        var pool = request.SegmentId is { } segmentId
            ? (await segments.OfAsync(segmentId, cancellationToken)).CustomerIds
            : request.Sample is not null ? await AllCustomersAsync(cancellationToken)
            : throw AppException.Invalid("Choose whom to preview: contacts (their ids, emails or names), a segmentId, or a sample size.");
        if (request.Sample is null && pool.Count > max)
        {
            throw AppException.Invalid($"The segment holds {pool.Count:N0} customers; preview a sample of at most {max:N0}.");
        }
        return Sampled(pool, request.Sample ?? max);
    }

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
    }

    private static IReadOnlyList<string> Sampled(IReadOnlyList<string> pool, int count)
    {
        if (pool.Count <= count)
        {
            return pool;
        }
        var shuffled = pool.ToArray();
        new Random(pool.Count).Shuffle(shuffled);
        return shuffled.Take(count).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Each wanted contact by its id, else as the customer picker finds them: one customer whose name or email is or contains it.</summary>
    private async Task<IReadOnlyList<string>> FindAsync(IReadOnlyList<string> wanted, int max, CancellationToken cancellationToken)
    {
        if (wanted.Count > max)
        {
            throw AppException.Invalid($"A preview takes at most {max:N0} contacts.");
        }
        var terms = wanted.Select(w => w?.Trim() ?? "").ToList();
        if (terms.Any(t => t.Length == 0))
        {
            throw AppException.Invalid("A contact cannot be blank: give their id, email or name.");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.Customers.AsNoTracking().Where(c => terms.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        var found = new List<string>();
        foreach (var term in terms)
        {
            found.Add(ids.Contains(term) ? term : await SearchAsync(term, cancellationToken));
        }
        return found.Distinct().ToList();
    }

    private async Task<string> SearchAsync(string term, CancellationToken cancellationToken)
    {
        var matches = await customers.CustomersAsync(term, null, 0, 50, cancellationToken);
        var exact = matches.Items.Where(c => string.Equals(c.Name, term, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Email, term, StringComparison.OrdinalIgnoreCase)).ToList();
        return (matches.Total, exact.Count) switch
        {
            (0, _) => throw AppException.NotFound("contact with the id, email or name", term),
            (1, _) => matches.Items[0].Id,
            (_, 1) => exact[0].Id,
            _ => throw AppException.Invalid($"'{term}' matches {matches.Total:N0} contacts ({string.Join(", ", matches.Items.Take(ShownMatches).Select(c => $"{c.Name} <{c.Email}>"))}" +
                $"{(matches.Total > ShownMatches ? ", …" : "")}); give their id or email instead."),
        };
    }

    private async Task<IReadOnlyList<string>> AllCustomersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Customers.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
    }
}
