using System.Text.Json.Nodes;
using Workflows.Blazor.Components.Pages.Inbox;
using Workflows.Blazor.Tests.Components;

namespace Workflows.Blazor.Tests.Inbox;

public sealed class ApprovalDataViewTests : ComponentTest
{
    private IReadOnlyList<(string Label, string Value)> Rows(string json)
    {
        var cut = Render<ApprovalDataView>(parameters => parameters.Add(p => p.Data, JsonNode.Parse(json)!.AsObject()));
        return cut.FindAll("[data-testid=data-row]")
            .Select(row => (row.QuerySelector("dt")!.TextContent, row.QuerySelector("dd")!.TextContent))
            .ToList();
    }

    [Fact]
    public void ApprovalDataView_ShowsEachKey_AsALabelledRow()
    {
        var rows = Rows("""{ "customer": "Jane Doe, VIP since 2019", "totalSpent": 1234.5, "orderCount": 12, "customerId": 100234, "vip": true }""");

        Assert.Equal([("Customer", "Jane Doe, VIP since 2019"), ("Total spent", "1,234.50"), ("Order count", "12"), ("Customer id", "100234"), ("Vip", "Yes")], rows);
    }

    [Fact]
    public void ApprovalDataView_NestsObjects_AndListsListItems()
    {
        var rows = Rows("""{ "order": { "placedAt": "2026-10-24T19:00:00Z", "items": ["Mug", "Tea"], "notes": [] } }""");

        Assert.Equal([("Order", ""), ("Placed at", "2026-10-24 19:00 UTC"), ("Items", ""), ("1.", "Mug"), ("2.", "Tea"), ("Notes", "none")], rows);
    }

    [Fact]
    public void ApprovalDataView_ShowsARecordsIdOnce_WhenItsAliasRepeatsIt()
    {
        var rows = Rows("""{ "_id": "cust_003", "id": "cust_003", "other": { "_id": "a", "id": "b" } }""");

        Assert.Equal([("Id", "cust_003"), ("Other", ""), ("Id", "a"), ("Id", "b")], rows);
    }

    [Fact]
    public void ApprovalDataView_WritesMarkupInData_AsText()
    {
        var cut = Render<ApprovalDataView>(parameters => parameters.Add(p => p.Data, new JsonObject { ["note"] = "<b onclick=\"x()\">hi</b>" }));

        Assert.Empty(cut.FindAll("[data-testid=approval-data] b"));
        Assert.Equal("<b onclick=\"x()\">hi</b>", cut.Find("dd").TextContent);
    }

    [Fact]
    public void ApprovalDataView_SummarisesData_DeeperThanItShows()
    {
        var deep = new JsonObject { ["leaf"] = 1 };
        for (var i = 0; i < 50; i++)
        {
            deep = new JsonObject { ["level"] = deep };
        }

        var rows = Rows(deep.ToJsonString());

        Assert.Equal(("Level", "1 more details"), rows[^1]);
    }
}
