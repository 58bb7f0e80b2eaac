using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Experiments;

namespace Workflows.Blazor.Tests.Experiments;

/// <summary>Conversions recorded from events, on the app's fake clock: the window, the condition, once per run, and the path credited.</summary>
public sealed class ConversionTests : IDisposable
{
    private readonly AppFactory _app = new();

    private async Task<(HttpClient Api, string WorkflowId, string ExecutionId)> RunForAsync(string customer)
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(ExperimentWorkflows.WinBack());
        await api.ActivateAsync(workflowId);
        var executionId = await api.StartRunAsync(workflowId, new { input = new { customerId = customer } });
        await api.WaitForStatusAsync(executionId, "completed");
        return (api, workflowId, executionId);
    }

    private Task<List<ConversionEntity>> ConversionsAsync() =>
        _app.QueryAsync(db => db.Conversions.AsNoTracking().ToListAsync());

    [Fact]
    public async Task Event_ConvertsTheRun_WhenItMeetsTheGoalInsideTheWindow()
    {
        var (api, workflowId, executionId) = await RunForAsync("cust_1");
        await _app.AdvanceAsync(TimeSpan.FromDays(6));

        await api.PublishEventAsync("order.placed", "cust_1", new { total = 80 });

        var conversion = Assert.Single(await ConversionsAsync());
        Assert.Equal((workflowId, executionId, "Big order", "cust_1"), (conversion.WorkflowId, conversion.ExecutionId, conversion.Goal, conversion.ContactId));
        Assert.Equal(_app.Clock.GetUtcNow(), conversion.ConvertedAt);
    }

    [Fact]
    public async Task Event_ConvertsNothing_AfterTheWindow()
    {
        var (api, _, _) = await RunForAsync("cust_1");
        await _app.AdvanceAsync(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        await api.PublishEventAsync("order.placed", "cust_1", new { total = 80 });

        Assert.Empty(await ConversionsAsync());
    }

    [Fact]
    public async Task Event_ConvertsNothing_WhenTheConditionIsNotMet()
    {
        var (api, _, _) = await RunForAsync("cust_1");

        await api.PublishEventAsync("order.placed", "cust_1", new { total = 20 });

        Assert.Empty(await ConversionsAsync());
    }

    [Fact]
    public async Task Event_ConvertsNothing_ForAnotherContact()
    {
        var (api, _, _) = await RunForAsync("cust_1");

        await api.PublishEventAsync("order.placed", "cust_2", new { total = 80 });

        Assert.Empty(await ConversionsAsync());
    }

    [Fact]
    public async Task Conversion_IsRecordedOnce_WhenMoreMatchingEventsFollow()
    {
        var (api, _, _) = await RunForAsync("cust_1");

        await api.PublishEventAsync("order.placed", "cust_1", new { total = 80 });
        await _app.AdvanceAsync(TimeSpan.FromDays(1));
        await api.PublishEventAsync("order.placed", "cust_1", new { total = 120 });

        Assert.Single(await ConversionsAsync());
    }

    [Fact]
    public async Task Conversion_IsCreditedToThePathTheRunTook()
    {
        var (api, workflowId, executionId) = await RunForAsync("cust_1");
        var path = (await api.GetExecutionAsync(executionId))["steps"]!.AsArray()
            .Single(s => s!["stepSlug"]!.GetValue<string>() == ExperimentWorkflows.Split)!["port"]!.GetValue<string>();

        await api.PublishEventAsync("order.placed", "cust_1", new { total = 80 });

        var stats = (await api.GetFromJsonAsync<JsonObject>($"/api/workflows/{workflowId}/stats"))!;
        var paths = stats["splits"]![0]!["paths"]!.AsArray();
        Assert.Equal(1, paths.Single(p => p!["path"]!.GetValue<string>() == path)!["converted"]!.GetValue<long>());
        Assert.All(paths.Where(p => p!["path"]!.GetValue<string>() != path), p => Assert.Equal(0, p!["converted"]!.GetValue<long>()));
        Assert.Equal(path, SplitAssignment.Choose(
            [new SplitPath("A", 45), new SplitPath("B", 45), new SplitPath("Holdout", 10, true)],
            SplitAssignment.Place(workflowId, ExperimentWorkflows.Split, "cust_1")).Name);
    }

    public void Dispose() => _app.Dispose();
}
