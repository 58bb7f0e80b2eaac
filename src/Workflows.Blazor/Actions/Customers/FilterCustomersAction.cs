using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Customers;

/// <summary>Customers matching an expression in the condition language, e.g. <c>totalSpent > 1000 &amp;&amp; tags includes 'vip'</c>.</summary>
public sealed class FilterCustomersAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("customer.filter", "Customers",
        "Finds customers matching an expression over their fields, e.g. totalSpent > 1000.",
        [
            ActionParameter.Mandatory("expression", ParameterType.String, "a condition over customer fields, e.g. totalSpent > 1000"),
            ActionParameter.Optional("limit", ParameterType.Number, "how many at most (default 100, up to 1000)"),
        ])
    {
        Effect = Effect.ReadsData,
        Label = "Filter customers",
        Synonyms = ["customers where", "find customers matching", "audience", "segment"],
        Outputs = OutputShapes.Page("customers", "Customers", OutputShapes.Customer),
        Aliases = ["customer_filter"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var expression = RecordFilter.Parse(invocation.RequireString("expression"));
        var limit = invocation.GetInt("limit", 100, 1, 1000);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matches = new List<JsonObject>();
        var total = 0;
        await foreach (var customer in db.Customers.AsNoTracking().OrderBy(c => c.Name).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var json = CustomerJson.ToJson(customer);
            if (RecordFilter.Matches(expression, json))
            {
                total++;
                if (matches.Count < limit)
                {
                    matches.Add(json);
                }
            }
        }
        return new ActionResult(new JsonObject { ["customers"] = new JsonArray(matches.ToArray<JsonNode>()), ["total"] = total });
    }
}
