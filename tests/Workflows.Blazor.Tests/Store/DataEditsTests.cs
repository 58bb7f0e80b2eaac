using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Actions;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Store;

public sealed class DataEditsTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    private StoreQueries Queries => app.Factory.Services.GetRequiredService<StoreQueries>();

    private DataEdits Edits => app.Factory.Services.GetRequiredService<DataEdits>();

    [Fact]
    public async Task OrderStatus_IsSaved_OnlyWhenItIsAKnownStatus()
    {
        var order = (await Queries.OrdersAsync("cust_456", 0, 1)).Items.Single();

        await Assert.ThrowsAsync<StepFailedException>(() => Edits.SaveOrderAsync(order.Id, new JsonObject { ["status"] = "lost" }));
        await Edits.SaveOrderAsync(order.Id, new JsonObject { ["status"] = "returned" });

        Assert.Equal("returned", (await Queries.OrdersAsync("cust_456", 0, 1)).Items.Single().Status);
    }

    [Fact]
    public async Task Conversation_CannotLoseItsSubject()
    {
        var conversation = (await Queries.ConversationsAsync("open", 0, 1)).Items.Single();

        var error = await Assert.ThrowsAsync<StepFailedException>(() => Edits.SaveConversationAsync(conversation.Id, new JsonObject { ["subject"] = " " }));
        await Edits.SaveConversationAsync(conversation.Id, new JsonObject { ["status"] = "resolved" });

        Assert.Equal("subject cannot be empty.", error.Message);
        Assert.DoesNotContain((await Queries.ConversationsAsync("open", 0, 100)).Items, c => c.Id == conversation.Id);
    }

    [Fact]
    public async Task Segment_RuleMustParse_BeforeItIsSaved()
    {
        var segment = (await Queries.SegmentsAsync()).First();

        var error = await Assert.ThrowsAsync<StepFailedException>(() => Edits.SaveSegmentAsync(segment.Id, new JsonObject { ["expression"] = "tier ==" }));

        Assert.StartsWith("The rule does not parse", error.Message);
        Assert.Equal(segment.Expression, (await Queries.SegmentsAsync()).First(s => s.Id == segment.Id).Expression);
    }

    [Fact]
    public async Task PlaceOrder_RecordsTheLinesAtTodaysPrices_AndRaisesOrderPlacedWithTheNote()
    {
        var products = (await Queries.ProductsAsync(null, 0, 2)).Items;

        var order = await Edits.PlaceOrderAsync("cust_456", [(products[0].Id, 2), (products[1].Id, 1)], "  Gift wrap, please ", Guid.NewGuid().ToString("N"));

        Assert.Equal([(products[0].Name, 2, products[0].Price), (products[1].Name, 1, products[1].Price)],
            order.Lines.Select(l => (l.ProductName, l.Quantity, l.UnitPrice)));
        Assert.Equal(Math.Round(products[0].Price * 2 + products[1].Price, 2), order.Total);
        Assert.Equal("Gift wrap, please", order.Note);
        await app.Factory.WaitForEmptyEventOutboxAsync();
        var raised = await app.Factory.QueryAsync(db => db.Events.AsNoTracking().SingleAsync(e => e.Type == "order.placed" && e.DataJson!.Contains(order.Id)));
        Assert.Equal("cust_456", raised.SubjectId);
        Assert.Equal("Gift wrap, please", JsonNode.Parse(raised.DataJson!)!["note"]!.GetValue<string>());
    }

    [Fact]
    public async Task PlaceOrder_GivesTheFirstOrder_WhenTheSameFormIsSentTwice()
    {
        var product = (await Queries.ProductsAsync(null, 0, 1)).Items.Single();
        var key = Guid.NewGuid().ToString("N");

        var first = await Edits.PlaceOrderAsync("cust_456", [(product.Id, 1)], null, key);
        var second = await Edits.PlaceOrderAsync("cust_456", [(product.Id, 1)], null, key);

        Assert.Equal(first.Id, second.Id);
        Assert.Single(await app.Factory.QueryAsync(db => db.Orders.AsNoTracking().Where(o => o.IdempotencyKey == key).ToListAsync()));
    }

    [Fact]
    public async Task PlaceOrder_IsRefusedInPlainWords_WhenTheNoteIsTooLong()
    {
        var product = (await Queries.ProductsAsync(null, 0, 1)).Items.Single();

        var error = await Assert.ThrowsAsync<StepFailedException>(() =>
            Edits.PlaceOrderAsync("cust_456", [(product.Id, 1)], new string('x', 501), Guid.NewGuid().ToString("N")));

        Assert.Equal("An order's note is at most 500 characters.", error.Message);
    }
}
