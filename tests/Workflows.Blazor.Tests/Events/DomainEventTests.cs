using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Actions;
using Workflows.Blazor.Actions.Customers;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Events;

public sealed class DomainEventTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task CustomerCreated_StartsTheActiveListener_WhenARunStartedThroughTheApiCreatesACustomer()
    {
        var api = await _app.CreateApiClientAsync();
        var listenerId = await api.ImportAsync(TestWorkflows.Note(TestWorkflows.EventTrigger("customer.created"),
            """{ "welcomed": "{{input.data.email}}", "customer": "{{input.subjectId}}" }"""));
        await api.ActivateAsync(listenerId);
        var creatorId = await api.ImportAsync(OneAction("customer.create", """{ "name": "{{input.name}}", "email": "{{input.email}}" }"""));

        var creatorRun = await api.StartRunAsync(creatorId, new { input = new { name = "Ana Lima", email = "ana@example.com" } });
        var created = await api.WaitForStatusAsync(creatorRun, "completed");

        var listened = Assert.Single(await _app.WaitForExecutionsAsync(listenerId, 1));
        var run = await api.WaitForStatusAsync(listened.Id, "completed");
        Assert.Equal("ana@example.com", run["variables"]!["welcomed"]!.GetValue<string>());
        Assert.Equal(created["steps"]!.AsArray().Last()!["output"]!["id"]!.GetValue<string>(), run["variables"]!["customer"]!.GetValue<string>());
    }

    [Fact]
    public async Task CustomerUpdated_CarriesTheOldAndNewValues_WhenTheDataPageSavesAnEdit()
    {
        var api = await _app.CreateApiClientAsync();
        var listenerId = await api.ImportAsync(TestWorkflows.Note(TestWorkflows.EventTrigger("customer.updated"),
            """{ "was": "{{input.data.changes.status.old}}", "now": "{{input.data.changes.status.new}}", "fields": "{{input.data.changedFields}}" }"""));
        await api.ActivateAsync(listenerId);
        var customer = await _app.Services.GetRequiredService<CustomerCommands>().CreateAsync(new JsonObject { ["name"] = "Ana", ["email"] = "ana@example.com" });

        await _app.Services.GetRequiredService<DataEdits>().SaveCustomerAsync(customer.Id, new JsonObject { ["status"] = "vip", ["name"] = "Ana" });

        var listened = Assert.Single(await _app.WaitForExecutionsAsync(listenerId, 1));
        var variables = (await api.WaitForStatusAsync(listened.Id, "completed"))["variables"]!;
        Assert.Equal("active", variables["was"]!.GetValue<string>());
        Assert.Equal("vip", variables["now"]!.GetValue<string>());
        Assert.Equal("""["status"]""", variables["fields"]!.ToJsonString());
    }

    [Fact]
    public async Task CustomerUpdated_IsNotRaised_WhenTheWriteIsRefused()
    {
        var customers = _app.Services.GetRequiredService<CustomerCommands>();
        var customer = await customers.CreateAsync(new JsonObject { ["name"] = "Ana", ["email"] = "ana@example.com" });

        await Assert.ThrowsAnyAsync<Exception>(() => customers.UpdateAsync(customer.Id, new JsonObject { ["name"] = "Ana B", ["email"] = "not an address" }));

        Assert.Empty(await _app.QueryAsync(db => db.Events.AsNoTracking().Where(e => e.Type == "customer.updated").ToListAsync()));
        Assert.Equal("Ana", (await _app.QueryAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Id == customer.Id))).Name);
    }

    [Fact]
    public async Task CustomerUpdated_CarriesTheNewBalance_WhenARewardAddsLoyaltyPoints()
    {
        var customer = await _app.Services.GetRequiredService<CustomerCommands>().CreateAsync(new JsonObject { ["name"] = "Ana", ["email"] = "ana@example.com" });

        await _app.OutputOfAsync("customer.apply_reward", new JsonObject { ["customerId"] = customer.Id, ["points"] = 250 });

        var raised = Assert.Single(await _app.QueryAsync(db => db.Events.AsNoTracking().Where(e => e.Type == "customer.updated").ToListAsync()));
        var changes = JsonNode.Parse(raised.DataJson!)!["changes"]!;
        Assert.Equal((customer.Id, 0, 250), (raised.SubjectId, changes["loyaltyPoints"]!["old"]!.GetValue<int>(), changes["loyaltyPoints"]!["new"]!.GetValue<int>()));
    }

    [Fact]
    public async Task ExecutionFailed_StartsTheListener_WithTheFailedRunsDetails()
    {
        var api = await _app.CreateApiClientAsync();
        var listenerId = await api.ImportAsync(TestWorkflows.Note(TestWorkflows.EventTrigger("execution.failed"),
            """{ "workflow": "{{input.data.workflowName}}", "step": "{{input.data.failedStep}}", "run": "{{input.data.executionId}}" }"""));
        await api.ActivateAsync(listenerId);
        var failingId = await api.ImportAsync(OneAction("customer.get_by_id", """{ "customerId": "nobody" }"""));

        var failedRun = await api.StartRunAsync(failingId);
        await api.WaitForStatusAsync(failedRun, "failed");

        var listened = Assert.Single(await _app.WaitForExecutionsAsync(listenerId, 1));
        var variables = (await api.WaitForStatusAsync(listened.Id, "completed"))["variables"]!;
        Assert.Equal("One action", variables["workflow"]!.GetValue<string>());
        Assert.Equal("act", variables["step"]!.GetValue<string>());
        Assert.Equal(failedRun, variables["run"]!.GetValue<string>());
    }

    [Fact]
    public async Task ExecutionFailed_IsNotRaised_ByAFailingRunThatTheEventStarted()
    {
        var api = await _app.CreateApiClientAsync();
        var handlerId = await api.ImportAsync(OneAction("customer.get_by_id", """{ "customerId": "nobody" }""", TestWorkflows.EventTrigger("execution.failed")));
        await api.ActivateAsync(handlerId);
        var failingId = await api.ImportAsync(OneAction("customer.get_by_id", """{ "customerId": "nobody" }"""));

        await api.WaitForStatusAsync(await api.StartRunAsync(failingId), "failed");
        var handled = Assert.Single(await _app.WaitForExecutionsAsync(handlerId, 1));
        await api.WaitForStatusAsync(handled.Id, "failed");
        // The worker commits the event before it lets go of the run, and once the outbox is empty any second handler run would exist.
        var dispatcher = _app.Services.GetRequiredService<ExecutionDispatcher>();
        await Poll.UntilAsync(() => !dispatcher.IsSignalledOrRunning(handled.Id), "The handler's run is still being worked on.");
        await _app.WaitForEmptyEventOutboxAsync();

        Assert.Single(await _app.ExecutionsOfAsync(handlerId));
        Assert.Single(await _app.QueryAsync(db => db.Events.AsNoTracking().Where(e => e.Type == "execution.failed").ToListAsync()));
    }

    /// <summary>A trigger then one action step <c>act</c> with no error port, so its failure fails the run.</summary>
    private static string OneAction(string action, string parameters, string trigger = """{ "type": "manual" }""") => $$$"""
        {
          "name": "One action",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": {{{trigger}}}, "nextSteps": { "success": "act" } },
            { "stepSlug": "act", "stepType": "action", "config": { "type": "{{{action}}}", "parameters": {{{parameters}}} }, "nextSteps": { "success": "end" } }
          ]
        }
        """;

    public void Dispose() => _app.Dispose();
}
