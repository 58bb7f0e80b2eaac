using System.Text.Json.Nodes;

namespace Workflows.Blazor.Store;

/// <summary>
/// Raises one of the app's own events (<see cref="DomainEventNames"/>) once the write it reports has committed, so event
/// triggers, waiting runs and journeys hear it as they hear a posted event. Never throws: the write has happened.
/// </summary>
public interface IDomainEvents
{
    Task RaiseAsync(string type, string? subjectId, JsonObject data);
}
