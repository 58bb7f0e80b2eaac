using System.Text.Json.Nodes;
using Workflows.Blazor.Actions.Customers;
using Workflows.Blazor.Actions.Json;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Utility;

/// <summary>Seed 000's UpdateCRM: updates the customer record and keeps a note of the change in the customer's history.</summary>
public sealed class UpdateCrmAction(CustomerCommands customers) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("crm.update", "Customers", "Updates the customer record and notes why in its history.",
        [
            ActionParameter.Mandatory("customerId", ParameterType.String, "the customer's id"),
            ActionParameter.Optional("fields", ParameterType.Object, "fields to change, as for customer.update"),
            ActionParameter.Optional("note", ParameterType.String, "why, for the history") with { Multiline = true },
        ])
    {
        Label = "Update CRM record",
        Synonyms = ["crm", "note", "customer history", "edit customer"],
        Outputs = OutputShapes.Customer,
        Aliases = ["update_crm", "crm_update"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var fields = invocation.GetObject("fields") ?? [];
        var customer = await customers.UpdateAsync(invocation.RequireString("customerId"), fields, (db, customer, now) =>
        {
            CampaignEventWriter.Add(db, customer.Id, "crm", "crm_update",
                new JsonObject { ["fields"] = fields.DeepClone(), ["note"] = invocation.GetString("note") }, invocation.Context.State.ExecutionId, now);
            return Task.CompletedTask;
        }, cancellationToken);
        return new ActionResult(CustomerJson.ToJson(customer));
    }
}
