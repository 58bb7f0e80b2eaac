using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Actions;

public sealed class AccountManagerActionTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    private static JsonObject Note(string customerId) => new()
    {
        ["customerId"] = customerId, ["subject"] = "Big order", ["body"] = "{{input.name}} just ordered 40 grinders.",
    };

    private static JsonObject Input => new() { ["name"] = "John Doe" };

    [Fact]
    public async Task DemoStore_GivesEveryVipAndGoldCustomerAnAccountManager_AndNoOneElse()
    {
        var managers = await app.Factory.QueryAsync(db => db.AccountManagers.AsNoTracking().ToListAsync());
        var customers = await app.Factory.QueryAsync(db => db.Customers.AsNoTracking().ToListAsync());

        Assert.Equal(3, managers.Count);
        Assert.All(customers, c => Assert.Equal(c.Tier is "vip" or "gold", c.AccountManagerId is not null));
        Assert.All(managers, m => Assert.Contains(customers, c => c.AccountManagerId == m.Id));
    }

    [Fact]
    public async Task NotifyAccountManager_EmailsTheCustomersOwner_ThroughTheOutbox()
    {
        var executionId = Guid.NewGuid().ToString("N");

        var output = await app.Factory.OutputOfAsync("account_manager.notify", Note("cust_456"), Input, executionId);

        var message = Assert.Single(await OutboxOfAsync(executionId));
        Assert.Equal(("email", "maya.fischer@example.com", "Big order", "stored"), (message.Channel, message.To, message.Subject, message.Status));
        Assert.Contains("John Doe just ordered 40 grinders.", message.Body);
        Assert.Null(message.CustomerId);
        Assert.Equal(("Maya Fischer", message.Id), (output["accountManager"]!.GetValue<string>(), output["messageId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task NotifyAccountManager_SendsOnce_WhenTheSameStepRunsAgain()
    {
        var executionId = Guid.NewGuid().ToString("N");

        await app.Factory.OutputOfAsync("notify_account_manager", Note("cust_004"), Input, executionId);
        await app.Factory.OutputOfAsync("notify_account_manager", Note("cust_004"), Input, executionId);

        Assert.Single(await OutboxOfAsync(executionId));
    }

    [Fact]
    public async Task NotifyAccountManager_TakesTheErrorPort_WhenTheCustomerHasNoAccountManager()
    {
        var error = (await app.Factory.RunActionAsync("account_manager.notify", Note("cust_009"), Input)).Error;

        Assert.Equal("Dennis Liskov has no account manager, so there is nobody to notify. Assign one on the Data page first.", error);
    }

    private Task<List<OutboxMessageEntity>> OutboxOfAsync(string executionId) =>
        app.Factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ExecutionId == executionId).ToListAsync());
}
