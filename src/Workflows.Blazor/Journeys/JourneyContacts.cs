using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>The contact as the model and the actions see them.</summary>
internal static class JourneyContacts
{
    public static async Task<JsonObject?> ContactAsync(AppDbContext db, string contactId, CancellationToken cancellationToken) =>
        await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken) is { } customer ? CustomerJson.ToJson(customer) : null;

    /// <summary>What an action's templates see: <c>{{input.contact}}</c> and <c>{{input.context}}</c>.</summary>
    public static async Task<JsonObject> ActionInputAsync(AppDbContext db, string contactId, JourneyDefinition definition, CancellationToken cancellationToken) => new()
    {
        ["contact"] = await ContactAsync(db, contactId, cancellationToken),
        ["context"] = definition.StartingContext.DeepClone(),
    };
}
