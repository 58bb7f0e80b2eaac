using System.Text.Json.Nodes;
using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Events;

/// <summary>
/// Raises the app's own events (<see cref="DomainEventTypes"/>) once the write they report has committed, through the
/// same publisher as posted events, so event triggers, waiting runs and journeys hear them alike.
/// </summary>
public sealed class DomainEvents(IServiceProvider services, ILogger<DomainEvents> log)
{
    /// <summary>
    /// The publisher is resolved on first use: it starts runs, runs execute actions, and actions raise events, so
    /// taking it in the constructor would be a cycle. A failure is logged and not thrown, as the write it reports
    /// has committed and must not look undone to whoever made it.
    /// </summary>
    public async Task RaiseAsync(string type, string? subjectId, JsonObject data)
    {
        try
        {
            await services.GetRequiredService<EventPublisher>().PublishAsync(type, subjectId, data, CancellationToken.None);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "The {EventType} event for {SubjectId} could not be published", type, subjectId);
        }
    }
}
