using System.Text.Json.Nodes;

namespace Workflows.Blazor.Runner;

/// <summary>Hears every event the intake recorded, after workflows were started and resumed (e.g. journeys append it to a contact's log).</summary>
public interface IEventSubscriber
{
    Task OnEventAsync(string type, string? subjectId, JsonNode? data, CancellationToken cancellationToken);
}
