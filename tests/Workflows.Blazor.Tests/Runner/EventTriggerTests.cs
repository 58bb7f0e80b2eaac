using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

public sealed class EventTriggerTests : IDisposable
{
    private const string OrderPlaced = """{ "type": "event", "eventType": "order.placed" }""";
    private readonly AppFactory _app = new();

    [Fact]
    public async Task Event_StartsTheActiveListener_WithTheEventAsInput()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Note(OrderPlaced, """{ "sku": "{{input.data.sku}}" }"""));
        await api.ActivateAsync(workflowId);

        var result = await api.PublishEventAsync("order.placed", "cust_1", new { sku = "A-42" });
        var executionId = Assert.Single(result["startedExecutions"].Ids());
        var execution = await api.WaitForStatusAsync(executionId, "completed");

        Assert.Empty(result["resumedExecutions"].Ids());
        Assert.Equal("event", execution["triggerType"]!.GetValue<string>());
        Assert.Equal("A-42", execution["variables"]!["sku"]!.GetValue<string>());
        Assert.Equal(result["eventId"]!.GetValue<string>(), execution["input"]!["eventId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Event_DoesNotStartAListener_ThatIsNotActive()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Note(OrderPlaced, """{ "sku": "{{input.data.sku}}" }"""));

        var result = await api.PublishEventAsync("order.placed", "cust_1", new { sku = "A-42" });

        Assert.Empty(result["startedExecutions"].Ids());
        Assert.Empty(await _app.ExecutionsOfAsync(workflowId));
    }

    [Fact]
    public async Task Event_IsRecordedWithEmptyLists_WhenNothingListensOrWaits()
    {
        var api = await _app.CreateApiClientAsync();

        var result = await api.PublishEventAsync("invoice.paid", "cust_9", new { amount = 12 });

        Assert.Empty(result["startedExecutions"].Ids());
        Assert.Empty(result["resumedExecutions"].Ids());
        var eventId = result["eventId"]!.GetValue<string>();
        var recorded = await _app.QueryAsync(db => db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId));
        Assert.Equal("invoice.paid", recorded.Type);
        Assert.Equal("cust_9", recorded.SubjectId);
    }

    public void Dispose() => _app.Dispose();
}
