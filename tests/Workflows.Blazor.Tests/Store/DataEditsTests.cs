using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Store;

public sealed class DataBrowserTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    private DataBrowser Browser => app.Factory.Services.GetRequiredService<DataBrowser>();

    [Fact]
    public async Task Customers_PageAndFilterByStatus()
    {
        var page = await Browser.CustomersAsync(search: null, status: "churned", skip: 0, take: 10);

        Assert.InRange(page.Items.Count, 1, 10);
        Assert.All(page.Items, c => Assert.Equal("churned", c.Status));
        Assert.True(page.Total >= page.Items.Count);
    }

    [Fact]
    public async Task OrderStatus_IsSaved_OnlyWhenItIsAKnownStatus()
    {
        var order = (await Browser.OrdersAsync("cust_456", 0, 1)).Items.Single();

        await Assert.ThrowsAsync<StepFailedException>(() => Browser.SaveOrderAsync(order.Id, new JsonObject { ["status"] = "lost" }));
        await Browser.SaveOrderAsync(order.Id, new JsonObject { ["status"] = "returned" });

        Assert.Equal("returned", (await Browser.OrdersAsync("cust_456", 0, 1)).Items.Single().Status);
    }

    [Fact]
    public async Task Conversation_CannotLoseItsSubject()
    {
        var conversation = (await Browser.ConversationsAsync("open", 0, 1)).Items.Single();

        var error = await Assert.ThrowsAsync<StepFailedException>(() => Browser.SaveConversationAsync(conversation.Id, new JsonObject { ["subject"] = " " }));
        await Browser.SaveConversationAsync(conversation.Id, new JsonObject { ["status"] = "resolved" });

        Assert.Equal("subject cannot be empty.", error.Message);
        Assert.DoesNotContain((await Browser.ConversationsAsync("open", 0, 100)).Items, c => c.Id == conversation.Id);
    }

    [Fact]
    public async Task Segment_RuleMustParse_BeforeItIsSaved()
    {
        var segment = (await Browser.SegmentsAsync()).First();

        var error = await Assert.ThrowsAsync<StepFailedException>(() => Browser.SaveSegmentAsync(segment.Id, new JsonObject { ["expression"] = "tier ==" }));

        Assert.StartsWith("The rule does not parse", error.Message);
        Assert.Equal(segment.Expression, (await Browser.SegmentsAsync()).First(s => s.Id == segment.Id).Expression);
    }
}
