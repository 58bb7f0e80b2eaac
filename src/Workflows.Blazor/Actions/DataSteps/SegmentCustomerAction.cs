using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.DataSteps;

/// <summary>Seed 000's RuleBasedSegmentor: the first enabled segment (by priority) whose rule the customer meets.</summary>
public sealed class SegmentCustomerAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("data.segment_customer", "Customers", "Puts a customer in a segment by the segmentation rules.",
        [ActionParameter.Mandatory("customerId", ParameterType.String, "the customer's id")])
    {
        Effect = Effect.ReadsData,
        Label = "Segment customer",
        Synonyms = ["segmentation", "classify customer", "vip", "at risk", "tier"],
        Outputs = [Text("customerId", "Customer ID", "cust_456"), Text("segment", "Segment", "VIP"), Text("segmentId", "Segment ID", "seg_vip"), List("matchedSegments", "All matching segments", [])],
        Aliases = ["rule_based_segmentor", "segment_customer"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = CustomerJson.ToJson(await EntityLookup.RequireAsync(db.Customers, invocation.RequireString("customerId"), "customer", cancellationToken));
        var rules = await db.SegmentationRules.AsNoTracking().Where(r => r.IsEnabled).OrderBy(r => r.Priority).ToListAsync(cancellationToken);
        var matched = rules.Where(r => RecordFilter.Matches(RecordFilter.Parse(r.Expression), customer)).ToList();
        var segment = matched.FirstOrDefault();
        return new ActionResult(new JsonObject
        {
            ["customerId"] = customer["id"]!.DeepClone(),
            ["segment"] = segment?.Name,
            ["segmentId"] = segment?.Id,
            ["matchedSegments"] = new JsonArray(matched.Select(r => (JsonNode)r.Name).ToArray()),
        });
    }
}
