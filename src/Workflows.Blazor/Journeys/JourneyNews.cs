using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Live;

namespace Workflows.Blazor.Journeys;

/// <summary>Tells open journey pages that a journey's contacts changed, once the change committed.</summary>
public sealed class JourneyNews(IDbContextFactory<AppDbContext> contexts, ChangeNotifications changes)
{
    public void Changed(string journeyId) => changes.Publish(new JourneyChanged(journeyId));

    /// <summary>For a writer that knows only the run: finds its journey, unless no page is open to hear of it.</summary>
    public async Task RunChangedAsync(string runId, CancellationToken cancellationToken)
    {
        if (changes.Subscribers == 0)
        {
            return;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.JourneyRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => r.JourneyId).FirstOrDefaultAsync(cancellationToken) is { } journeyId)
        {
            Changed(journeyId);
        }
    }
}
