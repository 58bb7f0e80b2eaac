using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Api;

public sealed class CatalogApiTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly AppFactory _app = shared.Factory;

    [Fact]
    public async Task GetCatalog_DescribesStepTypesAndActions_WithLabelsParametersAndOutputs()
    {
        var api = await _app.CreateApiClientAsync();

        var catalog = (await api.GetFromJsonAsync<JsonObject>("/api/catalog"))!;

        var stepTypes = catalog["stepTypes"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["trigger", "action", "llm", "condition", "loop", "approval", "wait", "split"], stepTypes);
        var getCustomer = catalog["actions"]!.AsArray().Single(a => a!["name"]!.GetValue<string>() == "customer.get_by_id")!;
        Assert.Equal("Get customer", getCustomer["label"]!.GetValue<string>());
        Assert.Equal("Customers", getCustomer["category"]!.GetValue<string>());
        var parameter = getCustomer["parameters"]!.AsArray().Single()!;
        Assert.Equal(("customerId", "Customer ID", "string", true),
            (parameter["name"]!.GetValue<string>(), parameter["label"]!.GetValue<string>(), parameter["type"]!.GetValue<string>(), parameter["required"]!.GetValue<bool>()));
        var spent = getCustomer["outputs"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == "totalSpent")!;
        Assert.Equal(("Total spent", "number"), (spent["label"]!.GetValue<string>(), spent["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task GetCatalog_SaysWhatEachActionAndStepTypeDoesBeyondTheRun()
    {
        var api = await _app.CreateApiClientAsync();

        var catalog = (await api.GetFromJsonAsync<JsonObject>("/api/catalog"))!;

        var actions = catalog["actions"]!.AsArray().ToDictionary(a => a!["name"]!.GetValue<string>(), a => a!["effect"]!.GetValue<string>());
        Assert.Equal(["none", "reads_data", "writes_data", "sends_message", "calls_out"],
            new[] { "set_variables", "customer.get_by_id", "customer.update", "email_send", "http_request" }.Select(name => actions[name]));
        var stepTypes = catalog["stepTypes"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!["effect"]!.GetValue<string>());
        Assert.Equal(["none", "none", "calls_out", "calls_out"], new[] { "condition", "loop", "llm", "action" }.Select(name => stepTypes[name]));
    }

    [Fact]
    public async Task GetCatalog_GivesTheSplitStep_ItsPortRuleFormAndOutputs()
    {
        var api = await _app.CreateApiClientAsync();

        var split = (await api.GetFromJsonAsync<JsonObject>("/api/catalog"))!["stepTypes"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == "split")!;

        Assert.Empty(split["ports"]!.AsArray());
        Assert.True(split["portsFromConfig"]!.GetValue<bool>());
        Assert.Contains("Its ports are the paths' names", split["configFormat"]!.GetValue<string>());
        var contact = Assert.Single(split["config"]!.AsArray())!;
        Assert.Equal(("contact", "Contact", "text"), (contact["path"]!.GetValue<string>(), contact["label"]!.GetValue<string>(), contact["kind"]!.GetValue<string>()));
        Assert.Equal(["path", "percent", "holdout", "contact"], split["outputs"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task GetCatalog_GivesAFixedPortStep_ItsPortsAndRequiredConfig()
    {
        var api = await _app.CreateApiClientAsync();

        var condition = (await api.GetFromJsonAsync<JsonObject>("/api/catalog"))!["stepTypes"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == "condition")!;

        Assert.False(condition["portsFromConfig"]!.GetValue<bool>());
        Assert.Equal(["true", "false", "error"], condition["ports"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Contains("expression", condition["requiredConfig"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task GetCatalog_ListsTheEventsTheAppRaises_WithWhatEachCarries()
    {
        var api = await _app.CreateApiClientAsync();

        var events = (await api.GetFromJsonAsync<JsonObject>("/api/catalog"))!["events"]!.AsArray();

        Assert.Equal(["customer.created", "customer.updated", "order.placed", "conversation.created", "conversation.updated", "approval.decided", "execution.failed", "journey.action_taken"],
            events.Select(e => e!["type"]!.GetValue<string>()));
        var updated = events.Single(e => e!["type"]!.GetValue<string>() == "customer.updated")!["data"]!.AsArray();
        var status = updated.Single(f => f!["name"]!.GetValue<string>() == "changes")!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "status")!;
        Assert.Equal(["old", "new"], status["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task GetCatalog_GivesEveryBuiltInAction_ALabelAndItsOutputs()
    {
        var api = await _app.CreateApiClientAsync();

        var actions = (await api.GetFromJsonAsync<JsonObject>("/api/catalog"))!["actions"]!.AsArray();

        Assert.All(actions.Where(a => a!["name"]!.GetValue<string>() != "set_variables"), a =>
        {
            Assert.NotEqual(a!["name"]!.GetValue<string>(), a["label"]!.GetValue<string>());
            Assert.NotEmpty(a["outputs"]!.AsArray());
        });
        var search = actions.Single(a => a!["name"]!.GetValue<string>() == "customer.query")!["outputs"]!.AsArray()[0]!;
        Assert.Equal("list", search["type"]!.GetValue<string>());
        Assert.Contains(search["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "email");
    }
}
