using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Customers;

/// <summary>Finds customers by status, tier, source, tag, text, spend or inactivity; returns <c>{ customers, total }</c>.</summary>
public sealed class QueryCustomersAction(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("customer.query", "Customers", "Searches customers with filters (status, tier, source, tag, text).",
        [
            ActionParameter.Optional("status", ParameterType.String, "a status label, e.g. active, inactive, at_risk, churned or vip"),
            ActionParameter.Optional("tier", ParameterType.String, "standard, silver, gold or vip"),
            ActionParameter.Optional("source", ParameterType.String, "where the customer came from"),
            ActionParameter.Optional("tag", ParameterType.String, "a tag the customer has, e.g. vip"),
            ActionParameter.Optional("search", ParameterType.String, "text in the name or email"),
            ActionParameter.Optional("minTotalSpent", ParameterType.Number, "at least this much spent"),
            ActionParameter.Optional("inactiveDays", ParameterType.Number, "no purchase for at least this many days"),
            ActionParameter.Optional("limit", ParameterType.Number, "how many at most (default 50, up to 500)"),
            ActionParameter.Optional("offset", ParameterType.Number, "how many to skip, for paging"),
        ])
    {
        Effect = Effect.ReadsData,
        Label = "Search customers",
        Synonyms = ["find customers", "list customers", "look up customers", "contacts"],
        Outputs = OutputShapes.Page("customers", "Customers", OutputShapes.Customer),
        Aliases = ["customer_search", "customer_query", "list_customers", "customer.search"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customers = db.Customers.AsNoTracking();
        if (invocation.GetString("status") is { Length: > 0 } status)
        {
            customers = customers.Where(c => c.Status == status);
        }
        if (invocation.GetString("tier") is { Length: > 0 } tier)
        {
            customers = customers.Where(c => c.Tier == tier);
        }
        if (invocation.GetString("source") is { Length: > 0 } source)
        {
            customers = customers.Where(c => c.Source == source);
        }
        if (invocation.GetString("tag") is { Length: > 0 } tag)
        {
            var quoted = System.Text.Json.JsonSerializer.Serialize(tag);
            customers = customers.Where(c => c.TagsJson.Contains(quoted));
        }
        if (invocation.GetString("search") is { Length: > 0 } search)
        {
            customers = customers.Where(TextSearch.Contains<CustomerEntity>(db, search, c => c.Name, c => c.Email));
        }
        if (invocation.GetDouble("minTotalSpent") is { } minSpent)
        {
            customers = customers.Where(c => c.TotalSpent >= minSpent);
        }
        if (invocation.GetDouble("inactiveDays") is { } days)
        {
            var before = time.GetUtcNow().AddDays(-days);
            customers = customers.Where(c => c.LastPurchaseAt == null || c.LastPurchaseAt < before);
        }
        var total = await customers.CountAsync(cancellationToken);
        var page = await customers.OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Skip(invocation.GetInt("offset", 0, 0, int.MaxValue))
            .Take(invocation.GetInt("limit", 50, 1, 500))
            .ToListAsync(cancellationToken);
        return new ActionResult(new JsonObject
        {
            ["customers"] = new JsonArray(page.Select(c => (JsonNode)CustomerJson.ToJson(c)).ToArray()),
            ["total"] = total,
        });
    }
}
