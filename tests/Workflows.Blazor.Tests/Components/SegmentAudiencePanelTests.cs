using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Pages.Journeys;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Journeys;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Tests.Components;

public sealed class SegmentAudiencePanelTests : AppComponentTest
{
    [Fact]
    public async Task Panel_CountsTheSegment_ThenEnrolsThoseNotYetIn_AndSaysSo()
    {
        var journeyId = await JourneyForGoldCustomersAsync();
        Services.AddSingleton(App.Services.GetRequiredService<JourneySegmentAudience>());
        var enrolledCalls = 0;

        var cut = Render<SegmentAudiencePanel>(p => p.Add(c => c.JourneyId, journeyId).Add(c => c.OnEnrolled, () => enrolledCalls++));
        cut.WaitForAssertion(() => Assert.Contains("Gold: 2 customers in the segment, 2 not in this journey yet.", cut.Find("[data-testid=segment-counts]").TextContent));
        cut.Find("button[data-testid=segment-enrol]").Click();

        cut.WaitForAssertion(() => Assert.Contains("2 customers enrolled.", cut.Find("[data-testid=segment-enrolled]").TextContent));
        Assert.Contains("0 not in this journey yet", cut.Find("[data-testid=segment-counts]").TextContent);
        Assert.True(cut.Find("button[data-testid=segment-enrol]").HasAttribute("disabled"));
        Assert.Contains("Everyone is enrolled", cut.Find("button[data-testid=segment-enrol]").TextContent);
        Assert.Equal(1, enrolledCalls);
    }

    [Fact]
    public async Task Panel_ExplainsASegmentWhoseRuleDoesNotParse()
    {
        var journeyId = await JourneyForGoldCustomersAsync(rule: "tier ==");
        Services.AddSingleton(App.Services.GetRequiredService<JourneySegmentAudience>());

        var cut = Render<SegmentAudiencePanel>(p => p.Add(c => c.JourneyId, journeyId));

        cut.WaitForAssertion(() => Assert.Contains("The segment 'Gold' cannot be used", cut.Find("[data-testid=segment-error]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=segment-enrol]"));
    }

    private async Task<string> JourneyForGoldCustomersAsync(string rule = "tier == 'gold'")
    {
        await App.QueryAsync(async db =>
        {
            db.SegmentationRules.Add(new SegmentationRuleEntity { Id = "seg_gold", Name = "Gold", Expression = rule });
            db.Customers.AddRange(Customer("cust_g1", "gold"), Customer("cust_g2", "gold"), Customer("cust_s1", "standard"));
            return await db.SaveChangesAsync();
        });
        var definition = new JourneyDefinition("Gold thanks", "Thank gold customers once.", [new AllowedAction("email_send")])
        {
            Audience = new JourneyAudience { SegmentId = "seg_gold" },
        };
        return (await App.Services.GetRequiredService<JourneyStore>().CreateAsync(definition, "designer@example.com")).Id;
    }

    private static CustomerEntity Customer(string id, string tier) =>
        new() { Id = id, Name = id, Email = $"{id}@example.com", Status = "active", Tier = tier };
}
