using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.DataSteps;

/// <summary>Seed 000's EligibilityChecker: which active offers the customer may get by their eligibility rules.</summary>
public sealed class CheckEligibilityAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("data.check_eligibility", "Offers and rewards", "Lists the offers a customer is eligible for.",
        [
            ActionParameter.Mandatory("customerId", ParameterType.String, "the customer's id"),
            ActionParameter.Optional("offerId", ParameterType.String, "check one offer only"),
        ])
    {
        Effect = Effect.ReadsData,
        Label = "Check offer eligibility",
        Synonyms = ["eligible offers", "offers", "discount", "promotion"],
        Outputs = [Text("customerId", "Customer ID", "cust_456"), Boolean("eligible", "Is eligible", "true"), List("offers", "Offers", [Text("id", "Offer ID", "off_1"), Text("name", "Offer", "20% off bags"), Text("category", "Category", "bags"), Number("value", "Value", "20")])],
        Aliases = ["eligibility_checker", "check_eligibility"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = CustomerJson.ToJson(await EntityLookup.RequireAsync(db.Customers, invocation.RequireString("customerId"), "customer", cancellationToken));
        var offers = db.Offers.AsNoTracking().Where(o => o.IsActive);
        if (invocation.GetString("offerId") is { Length: > 0 } offerId)
        {
            offers = offers.Where(o => o.Id == offerId);
        }
        var eligible = (await offers.ToListAsync(cancellationToken))
            .Where(o => RecordFilter.Matches(RecordFilter.Parse(o.Eligibility), customer))
            .Select(o => (JsonNode)new JsonObject { ["id"] = o.Id, ["name"] = o.Name, ["category"] = o.Category, ["value"] = o.Value })
            .ToArray();
        return new ActionResult(new JsonObject { ["customerId"] = customer["id"]!.DeepClone(), ["eligible"] = eligible.Length > 0, ["offers"] = new JsonArray(eligible) });
    }
}
