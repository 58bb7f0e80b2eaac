using System.Text.Json.Nodes;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Store;

/// <summary>
/// Raises one of the app's own events (<see cref="DomainEventNames"/>) through the event outbox, so event triggers,
/// waiting runs and journeys hear it as they hear a posted event, at least once and never twice.
/// </summary>
public interface IDomainEvents
{
    /// <summary>
    /// Adds the event to <paramref name="db"/>'s unit of work: it is raised if and only if the change it reports commits,
    /// and is dispatched once it has, even when the app stops in between (it is then dispatched on start).
    /// </summary>
    void Add(AppDbContext db, string type, string? subjectId, JsonObject data);

    /// <summary>
    /// For a write that has already committed: puts the event in the outbox in a unit of work of its own. Never throws,
    /// as the write has happened; a crash between that write and this call loses the event, which <see cref="Add"/> cannot.
    /// </summary>
    Task RaiseAsync(string type, string? subjectId, JsonObject data);
}
