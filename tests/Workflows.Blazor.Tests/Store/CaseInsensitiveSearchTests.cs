using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Store;

/// <summary>
/// Searches match whatever case people type, on both providers (PostgreSQL's LIKE minds case, SQLite's does not;
/// tests/run.sh runs this class on both).
/// </summary>
public sealed class CaseInsensitiveSearchTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    private StoreQueries Queries => app.Factory.Services.GetRequiredService<StoreQueries>();

    [Fact]
    public async Task ACustomer_IsFound_ByTheirNameInCapitals_OrInSmallLetters()
    {
        var customer = (await Queries.CustomersAsync(null, null, 0, 1)).Items[0];

        var shouted = await Queries.CustomersAsync(customer.Name.ToUpperInvariant(), null, 0, 50);
        var whispered = await Queries.CustomersAsync(customer.Email.ToLowerInvariant(), null, 0, 50);

        Assert.Contains(shouted.Items, c => c.Id == customer.Id);
        Assert.Contains(whispered.Items, c => c.Id == customer.Id);
    }

    [Fact]
    public async Task AProduct_AndTheOrdersOfACustomer_AreFound_InAnyCase()
    {
        var product = (await Queries.ProductsAsync(null, 0, 1)).Items[0];
        var order = (await Queries.OrdersAsync(null, 0, 1)).Items[0];

        var products = await Queries.ProductsAsync(product.Name.ToUpperInvariant(), 0, 50);
        var orders = await Queries.OrdersAsync(order.CustomerName.ToUpperInvariant(), 0, 50);

        Assert.Contains(products.Items, p => p.Id == product.Id);
        Assert.Contains(orders.Items, o => o.Id == order.Id);
    }

    [Fact]
    public async Task TheQueryActions_FindConversationsByAWordOfAMessage_AndCustomersByName_InAnyCase()
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var message = await db.Messages.OrderBy(m => m.Id).FirstAsync();
        var customer = await db.Customers.OrderBy(c => c.Id).FirstAsync();
        var word = message.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length)!;

        var conversations = await app.Factory.OutputOfAsync("conversation.query", new JsonObject { ["query"] = word.ToUpperInvariant() });
        var customers = await app.Factory.OutputOfAsync("customer.query", new JsonObject { ["search"] = customer.Name.ToLowerInvariant() });

        Assert.Contains($"\"{message.ConversationId}\"", conversations.ToJsonString());
        Assert.Contains($"\"{customer.Id}\"", customers.ToJsonString());
    }

    [Fact]
    public async Task PercentAndUnderscore_ArePlainCharacters_NotWildcards()
    {
        Assert.Empty((await Queries.CustomersAsync("%", null, 0, 10)).Items);
        Assert.Empty((await Queries.ProductsAsync("_", 0, 10)).Items);
    }
}
