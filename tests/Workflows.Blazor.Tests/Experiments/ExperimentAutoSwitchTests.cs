using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Experiments;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Experiments;

namespace Workflows.Blazor.Tests.Experiments;

/// <summary>
/// An experiment that may switch on its own (<c>PUT …/experiments/{step}/auto-switch</c>) is ended by the background check once
/// every path has the minimum and a path wins at the confidence, and not before: the same audited new version as by hand.
/// </summary>
public sealed class ExperimentAutoSwitchTests : IDisposable
{
    private static readonly SplitPath[] Paths = [new("A", 50), new("B", 50)];
    private static readonly Dictionary<string, double> Buying = new() { ["A"] = 0.10, ["B"] = 0.40 };

    private readonly AppFactory _app = new();
    private readonly HashSet<string> _bought = [];

    private const string AB = """
        { "name": "Win back A/B", "config": { "goals": [ { "name": "Big order", "event": "order.placed", "window": "7 days" } ] }, "steps": [
          { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "ab_test" } },
          { "stepSlug": "ab_test", "stepType": "split", "config": { "paths": [ { "name": "A", "weight": 50 }, { "name": "B", "weight": 50 } ] },
            "nextSteps": { "A": "offer_a", "B": "offer_b" } },
          { "stepSlug": "offer_a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "offer": "10% off" } } },
          { "stepSlug": "offer_b", "stepType": "action", "config": { "type": "set_variables", "parameters": { "offer": "Free shipping" } } } ] }
        """;

    private Task<int> CheckAsync() => _app.Services.GetRequiredService<ExperimentAutoSwitch>().CheckAsync();

    /// <summary>Runs the contacts, then has 10% of A's contacts and 40% of B's (of all run so far) place an order.</summary>
    private async Task RunAndBuyAsync(HttpClient api, string workflowId, IReadOnlyList<string> everyone, IEnumerable<string> fresh)
    {
        var runs = new List<string>();
        foreach (var customer in fresh)
        {
            runs.Add(await api.StartRunAsync(workflowId, new { input = new { customerId = customer } }));
        }
        foreach (var run in runs)
        {
            await api.WaitForStatusAsync(run, "completed");
        }
        var buyers = everyone.GroupBy(c => SplitAssignment.Choose(Paths, SplitAssignment.Place(workflowId, "ab_test", c)).Name)
            .SelectMany(path => path.Take((int)Math.Round(Buying[path.Key] * path.Count())));
        foreach (var buyer in buyers.Where(_bought.Add))
        {
            await api.PublishEventAsync("order.placed", buyer, new { total = 80 });
        }
    }

    private static async Task<int> ActiveVersionAsync(HttpClient api, string workflowId) =>
        (await api.GetFromJsonAsync<JsonObject>($"/api/workflows/{workflowId}"))!["activeVersion"]!.GetValue<int>();

    [Fact]
    public async Task Check_EndsTheExperimentWithTheWinner_OnceEveryPathHasTheMinimum_AndNotBefore()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(AB);
        await api.ActivateAsync(workflowId);
        using var turnedOn = await api.PutAsJsonAsync($"/api/workflows/{workflowId}/experiments/ab_test/auto-switch", new { confidence = 95, minimumPerPath = 150 });
        await turnedOn.EnsureSuccessWithBodyAsync();
        var customers = Enumerable.Range(1, 400).Select(i => $"cust_{i:000}").ToList();

        await RunAndBuyAsync(api, workflowId, customers[..160], customers[..160]);
        var early = await CheckAsync();
        var afterEarly = await ActiveVersionAsync(api, workflowId);
        await RunAndBuyAsync(api, workflowId, customers, customers[160..]);
        var later = await CheckAsync();
        var again = await CheckAsync();

        Assert.Equal((0, 2), (early, afterEarly));
        Assert.Equal((1, 0), (later, again));
        Assert.Equal(3, await ActiveVersionAsync(api, workflowId));
        var split = (await api.GetFromJsonAsync<JsonObject>($"/api/workflows/{workflowId}/stats?version=3"))!["splits"]![0]!;
        Assert.Equal("B", split["winner"]!["path"]!.GetValue<string>());
        var entry = await _app.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditActions.ExperimentEnded));
        Assert.Equal("Automatic switch (95% confidence, 150 contacts per path)", entry.Actor);
        Assert.Contains("everyone takes path B", entry.Details);
        Assert.Contains("B converts better than A", entry.Details);
    }

    [Fact]
    public async Task AutoSwitch_IsAudited_AndRefusesARuleItCannotKeep()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(AB);
        await api.ActivateAsync(workflowId);

        using var tooSoon = await api.PutAsJsonAsync($"/api/workflows/{workflowId}/experiments/ab_test/auto-switch", new { confidence = 95, minimumPerPath = 10 });
        using var empty = await api.PutAsJsonAsync($"/api/workflows/{workflowId}/experiments/ab_test/auto-switch", new { });
        using var on = await api.PutAsJsonAsync($"/api/workflows/{workflowId}/experiments/ab_test/auto-switch", new { confidence = 99, minimumPerPath = 1000 });
        using var off = await api.DeleteAsync($"/api/workflows/{workflowId}/experiments/ab_test/auto-switch");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (tooSoon.StatusCode, empty.StatusCode));
        Assert.Contains("at least 100 contacts", await tooSoon.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (on.StatusCode, off.StatusCode));
        var details = await _app.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.ExperimentAutoSwitch)
            .OrderBy(a => a.Id).Select(a => a.Details).ToListAsync());
        Assert.Equal(2, details.Count);
        Assert.Contains("switches to the winning path on its own at 99% confidence, once every path has 1,000 contacts", details[0]);
        Assert.Contains("switches to a winner only by hand", details[1]);
    }

    public void Dispose() => _app.Dispose();
}
