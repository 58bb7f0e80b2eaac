using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Customers;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Utility;

/// <summary>
/// Seed 000's UpdateCRM: updates the customer record and keeps a note of the change in the customer's history. The note
/// carries the step's idempotency key and commits with the change, so a step run again changes nothing and notes nothing.
/// </summary>
public sealed class UpdateCrmAction(IDbContextFactory<AppDbContext> contexts, CustomerCommands customers) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("crm.update", "Customers", "Updates the customer record and notes why in its history.",
        [
            ActionParameter.Mandatory("customerId", ParameterType.String, "the customer's id"),
            ActionParameter.Optional("fields", ParameterType.Object, "fields to change, as for customer.update"),
            ActionParameter.Optional("note", ParameterType.String, "why, for the history") with { Multiline = true },
        ])
    {
        Effect = Effect.WritesData,
        Label = "Update CRM record",
        Synonyms = ["crm", "note", "customer history", "edit customer"],
        Outputs = OutputShapes.Customer,
        Aliases = ["update_crm", "crm_update"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var fields = invocation.GetObject("fields") ?? [];
        var note = await KeyedRecords.CreateOnceAsync(contexts, invocation.IdempotencyKey, db => db.CampaignEvents, async db =>
        {
            var customer = await customers.ChangeAsync(db, invocation.RequireString("customerId"), fields, cancellationToken);
            var entry = CampaignEventWriter.Add(db, customer.Id, "crm", "crm_update", new JsonObject { ["fields"] = fields.DeepClone(), ["note"] = invocation.GetString("note") },
                invocation.Context.State.ExecutionId, customer.UpdatedAt, invocation.IdempotencyKey);
            await db.SaveChangesAsync(cancellationToken);
            return entry;
        }, cancellationToken);
        await using var read = await contexts.CreateDbContextAsync(cancellationToken);
        return new ActionResult(CustomerJson.ToJson(await read.Customers.AsNoTracking().FirstAsync(c => c.Id == note.CustomerId, cancellationToken)));
    }
}
