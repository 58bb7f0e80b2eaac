using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Actions.Customers;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Events;

/// <summary>
/// The app's own events go through an outbox written with the change, so an app that stops between the commit and
/// the dispatch still delivers them once it runs again, and a second delivery of the same event starts nothing twice.
/// The dispatcher is left out of these apps, standing for the crash; each test runs it when it chooses.
/// </summary>
public sealed class EventOutboxTests : IDisposable
{
    private readonly AppFactory _app = new AppFactory().WithoutHostedService<EventOutboxWorker>();

    [Fact]
    public async Task OutboxEvent_StartsItsWorkflowOnce_WhenTheDispatcherStartsOnlyAfterTheCommit()
    {
        var api = await _app.CreateApiClientAsync();
        var listenerId = await api.ImportAsync(TestWorkflows.Note(TestWorkflows.EventTrigger("customer.created"), """{ "welcomed": "{{input.data.email}}" }"""));
        await api.ActivateAsync(listenerId);

        await _app.Services.GetRequiredService<CustomerCommands>().CreateAsync(new JsonObject { ["name"] = "Ana", ["email"] = "ana@example.com" });

        var waiting = Assert.Single(await _app.QueryAsync(db => db.EventOutbox.AsNoTracking().ToListAsync()));
        Assert.Equal("customer.created", waiting.Type);
        Assert.Empty(await _app.ExecutionsOfAsync(listenerId));

        var worker = ActivatorUtilities.CreateInstance<EventOutboxWorker>(_app.Services);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            var listened = Assert.Single(await _app.WaitForExecutionsAsync(listenerId, 1));
            await _app.WaitForEmptyEventOutboxAsync();
            var run = await api.WaitForStatusAsync(listened.Id, "completed");
            Assert.Equal("ana@example.com", run["variables"]!["welcomed"]!.GetValue<string>());
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
        Assert.Single(await _app.ExecutionsOfAsync(listenerId));
        Assert.Equal(waiting.Id, Assert.Single(await _app.QueryAsync(db => db.Events.AsNoTracking().ToListAsync())).Id);
    }

    [Fact]
    public async Task RedeliveredEvent_StartsNothingTwice_WhenItsOutboxRowOutlivedTheFirstDispatch()
    {
        var api = await _app.CreateApiClientAsync();
        var listenerId = await api.ImportAsync(TestWorkflows.Note(TestWorkflows.EventTrigger("customer.created"), """{ "heard": true }"""));
        await api.ActivateAsync(listenerId);
        await _app.Services.GetRequiredService<CustomerCommands>().CreateAsync(new JsonObject { ["name"] = "Ana", ["email"] = "ana@example.com" });
        var row = await _app.QueryAsync(db => db.EventOutbox.AsNoTracking().SingleAsync());
        var outbox = _app.Services.GetRequiredService<EventOutbox>();

        Assert.Equal(1, await outbox.DispatchDueAsync());
        // The crash landed after the event was published and before its row was removed: the row is there again.
        await _app.QueryAsync(db =>
        {
            db.EventOutbox.Add(row);
            return db.SaveChangesAsync();
        });
        Assert.Equal(1, await outbox.DispatchDueAsync());

        Assert.Single(await _app.WaitForExecutionsAsync(listenerId, 1));
        Assert.Equal(0, await _app.QueryAsync(db => db.EventOutbox.CountAsync()));
        Assert.Single(await _app.QueryAsync(db => db.Events.AsNoTracking().Where(e => e.Type == "customer.created").ToListAsync()));
    }

    [Fact]
    public async Task OutboxEvent_IsNotWritten_WhenTheChangeIsRefused()
    {
        var customers = _app.Services.GetRequiredService<CustomerCommands>();
        var customer = await customers.CreateAsync(new JsonObject { ["name"] = "Ana", ["email"] = "ana@example.com" });

        await Assert.ThrowsAnyAsync<Exception>(() => customers.UpdateAsync(customer.Id, new JsonObject { ["name"] = "Ana B", ["email"] = "not an address" }));

        Assert.Equal("customer.created", Assert.Single(await _app.QueryAsync(db => db.EventOutbox.AsNoTracking().ToListAsync())).Type);
    }

    public void Dispose() => _app.Dispose();
}
