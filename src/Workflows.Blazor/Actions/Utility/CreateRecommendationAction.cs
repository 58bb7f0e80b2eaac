using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Utility;

/// <summary>Saves product recommendations for a customer (guide, Pattern 2).</summary>
public sealed class CreateRecommendationAction(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("recommendation.create", "Products", "Saves product recommendations for a customer.",
        [
            ActionParameter.Mandatory("customerId", ParameterType.String, "the customer's id"),
            ActionParameter.Mandatory("products", ParameterType.Any, "the recommended products (ids or objects)"),
            ActionParameter.Optional("reason", ParameterType.String, "why these"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Save recommendations",
        Synonyms = ["recommend products", "suggestions", "next best offer"],
        Outputs = [Text("recommendationId", "Recommendation ID", "rec_5"), Text("customerId", "Customer ID", "cust_456"), List("products", "Products", []), Number("count", "How many products", "3")],
        Aliases = ["recommendation_create"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var recommendation = await KeyedRecords.CreateOnceAsync(contexts, invocation.IdempotencyKey, db => db.Recommendations, async db =>
        {
            var customer = await EntityLookup.RequireAsync(db.Customers, invocation.RequireString("customerId"), "customer", cancellationToken);
            var products = invocation.Parameters["products"] is JsonArray list ? list.DeepClone() : new JsonArray(invocation.Parameters["products"]!.DeepClone());
            var created = new RecommendationEntity
            {
                Id = Ids.Short("rec"),
                CustomerId = customer.Id,
                ProductsJson = products.ToJsonString(),
                Reason = invocation.GetString("reason"),
                ExecutionId = invocation.ExecutionId(),
                CreatedAt = time.GetUtcNow(),
                IdempotencyKey = invocation.IdempotencyKey,
            };
            db.Recommendations.Add(created);
            await db.SaveChangesAsync(cancellationToken);
            return created;
        }, cancellationToken);
        var recommended = JsonNode.Parse(recommendation.ProductsJson)!.AsArray();
        return new ActionResult(new JsonObject
        {
            ["recommendationId"] = recommendation.Id,
            ["customerId"] = recommendation.CustomerId,
            ["products"] = recommended,
            ["count"] = recommended.Count,
        });
    }
}
