using System.Text.Json.Nodes;
using Workflows.Blazor.Components.Pages.Inbox;
using Workflows.Blazor.Tests.Components;

namespace Workflows.Blazor.Tests.Inbox;

public sealed class CustomerCardTests : ComponentTest
{
    [Fact]
    public void CustomerCard_ShowsTheStoresWords_AsTheDataPageDoes()
    {
        var customer = JsonNode.Parse("""
            { "name": "Guido Lamarr", "email": "guido@example.com", "status": "at_risk", "tier": "vip", "tags": ["vip", "gift-buyer"], "source": "instagram", "id": "cust_003" }
            """)!.AsObject();

        var cut = Render<CustomerCard>(parameters => parameters.Add(p => p.Customer, customer));

        var rows = cut.FindAll("[data-testid=data-row]").Select(row => (row.QuerySelector("dt")!.TextContent, row.QuerySelector("dd")!.TextContent)).ToList();
        Assert.Equal([("Status", "At risk"), ("Tier", "VIP"), ("Tags", ""), ("1.", "VIP"), ("2.", "Gift buyer"), ("Source", "Instagram"), ("Id", "cust_003")], rows);
    }
}
