using System.Text.Json.Nodes;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Runner;

/// <summary>Raises the app's own events through the same publisher as posted events.</summary>
public sealed class DomainEventPublisher(IServiceProvider services, ILogger<DomainEventPublisher> log) : IDomainEvents
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
