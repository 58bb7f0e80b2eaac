using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.DataSteps;

/// <summary>Seed 000's FetchCampaignConfig: a campaign's goal, segments, offers, channels and limits.</summary>
public sealed class FetchCampaignConfigAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("data.fetch_campaign_config", "Data", "Gets a campaign's configuration.",
        [ActionParameter.Mandatory("campaign", ParameterType.String, "the campaign's name, e.g. reduce-churn")])
    {
        Effect = Effect.ReadsData,
        Label = "Get campaign settings",
        Synonyms = ["campaign config", "campaign configuration"],
        Outputs = [Text("campaign", "Campaign", "reduce-churn")],
        Aliases = ["fetch_campaign_config"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var campaign = invocation.RequireString("campaign");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.AppSettings.AsNoTracking().Where(s => s.Key.StartsWith(CampaignSettings.Prefix)).ToListAsync(cancellationToken);
        var match = settings.FirstOrDefault(s => s.Key == CampaignSettings.KeyOf(campaign))
            ?? throw new StepFailedException($"There is no campaign '{campaign}'. Campaigns: {string.Join(", ", settings.Select(s => s.Key[CampaignSettings.Prefix.Length..]))}.");
        var config = JsonNode.Parse(match.ValueJson)!.AsObject();
        config["campaign"] = campaign;
        return new ActionResult(config);
    }
}
