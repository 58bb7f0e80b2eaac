using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Events;

/// <summary>The store records orders (the "Record an order" action), and each raises <c>order.placed</c> through the event outbox.</summary>
public sealed class OrderPlacedTests : IDisposable
{
    private readonly AppFactory _app = new AppFactory().WithDemoData();

    [Fact]
    public async Task OrderPlaced_StartsTheListeningWorkflow_WhenARunRecordsAnOrder()
    {
        var api = await _app.CreateApiClientAsync();
        var listenerId = await api.ImportAsync(TestWorkflows.Note(TestWorkflows.EventTrigger("order.placed"),
            """{ "customer": "{{input.subjectId}}", "total": "{{input.data.total}}", "first": "{{input.data.items[0].productName}}" }"""));
        await api.ActivateAsync(listenerId);
        var buyerId = await api.ImportAsync(RecordsAnOrder("""[{ "productId": "prod_001", "quantity": 2 }, { "productId": "prod_008" }]"""));

        var bought = await api.WaitForStatusAsync(await api.StartRunAsync(buyerId), "completed");

        var order = bought["steps"]!.AsArray().Last()!["output"]!;
        var prices = await _app.QueryAsync(db => db.Products.AsNoTracking().Where(p => p.Id == "prod_001" || p.Id == "prod_008").ToDictionaryAsync(p => p.Id, p => p.Price));
        Assert.Equal(Math.Round(2 * prices["prod_001"] + prices["prod_008"], 2), order["total"]!.GetValue<double>());
        var listened = Assert.Single(await _app.WaitForExecutionsAsync(listenerId, 1));
        var variables = (await api.WaitForStatusAsync(listened.Id, "completed"))["variables"]!;
        Assert.Equal("cust_456", variables["customer"]!.GetValue<string>());
        Assert.Equal(order["items"]![0]!["productName"]!.GetValue<string>(), variables["first"]!.GetValue<string>());
        Assert.Equal(order["id"]!.GetValue<string>(), (await _app.QueryAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == order["id"]!.GetValue<string>()))).Id);
    }

    [Fact]
    public async Task RecordAnOrder_FailsTheStep_WhenAnItemNamesNoProduct()
    {
        var api = await _app.CreateApiClientAsync();
        var buyerId = await api.ImportAsync(RecordsAnOrder("""[{ "quantity": 2 }]"""));

        var failed = await api.WaitForStatusAsync(await api.StartRunAsync(buyerId), "failed");

        Assert.Contains("names its product", failed["error"]!.GetValue<string>());
        Assert.Empty(await _app.QueryAsync(db => db.EventOutbox.AsNoTracking().Where(e => e.Type == "order.placed").ToListAsync()));
    }

    [Fact]
    public async Task RecordAnOrder_FailsTheStep_WhenAProductIsNoLongerOnSale()
    {
        var archived = await _app.QueryAsync(db => db.Products.AsNoTracking().FirstAsync(p => p.Status == "archived"));
        var orders = await _app.QueryAsync(db => db.Orders.CountAsync());
        var api = await _app.CreateApiClientAsync();
        var buyerId = await api.ImportAsync(RecordsAnOrder($$"""[{ "productId": "{{archived.Id}}" }]"""));

        var failed = await api.WaitForStatusAsync(await api.StartRunAsync(buyerId), "failed");

        Assert.Equal($"{archived.Name} is archived and cannot be ordered: only products on sale can.", failed["error"]!.GetValue<string>());
        Assert.Equal(orders, await _app.QueryAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task RecordAnOrder_FailsTheStep_WhenAQuantityIsOverTenThousand()
    {
        var api = await _app.CreateApiClientAsync();
        var buyerId = await api.ImportAsync(RecordsAnOrder("""[{ "productId": "prod_001", "quantity": 10001 }]"""));

        var failed = await api.WaitForStatusAsync(await api.StartRunAsync(buyerId), "failed");

        Assert.Contains("a whole number from 1 to 10,000, not 10001", failed["error"]!.GetValue<string>());
    }

    private static string RecordsAnOrder(string items) => $$"""
        {
          "name": "Record an order",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "buy" } },
            { "stepSlug": "buy", "stepType": "action", "config": { "type": "order.create", "parameters": { "customerId": "cust_456", "items": {{items}} } },
              "nextSteps": { "success": "end" } }
          ]
        }
        """;

    public void Dispose() => _app.Dispose();
}
