using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Store;

public sealed class StoreQueriesTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    private StoreQueries Queries => app.Factory.Services.GetRequiredService<StoreQueries>();

    [Fact]
    public async Task Customers_PageAndFilterByStatus()
    {
        var page = await Queries.CustomersAsync(search: null, status: "churned", skip: 0, take: 10);

        Assert.InRange(page.Items.Count, 1, 10);
        Assert.All(page.Items, c => Assert.Equal("churned", c.Status));
        Assert.True(page.Total >= page.Items.Count);
    }

    [Fact]
    public async Task Orders_ComeNewestFirst_WithWhatWasOrdered()
    {
        var orders = (await Queries.OrdersAsync(null, 0, 20)).Items;

        Assert.Equal(orders.OrderByDescending(o => o.PlacedAt).Select(o => o.Id), orders.Select(o => o.Id));
        Assert.All(orders, order => Assert.All(order.Lines, line => Assert.InRange(line.Quantity, 1, 10_000)));
        Assert.Contains(orders, order => order.Lines.Count > 0);
    }
}
