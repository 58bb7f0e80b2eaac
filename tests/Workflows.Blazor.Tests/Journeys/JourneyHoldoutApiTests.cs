using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Journeys;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>A journey's holdout on the real app: who is held out, what they get, and the adaptive-vs-holdout report.</summary>
public sealed class JourneyHoldoutApiTests : IDisposable
{
    private const double Holdout = 30;

    private readonly AppFactory _app = new AppFactory().WithDemoData().WithoutHostedService<JourneyDecisionWorker>();

    private static JsonObject Definition(double holdout = Holdout)
    {
        var definition = JourneyDefinitions.Promotion();
        definition["holdoutPercent"] = holdout;
        definition["goals"] = new JsonArray(new JsonObject
        {
            ["name"] = "Big order", ["event"] = "order.placed", ["condition"] = "{{event.total}} > 50", ["window"] = "7 days",
        });
        return definition;
    }

    private async Task<(HttpClient Api, string JourneyId, List<string> Contacts)> EnrolledAsync(int contacts)
    {
        var api = await _app.CreateApiClientAsync();
        var journeyId = await api.CreateJourneyAsync(Definition());
        var ids = await _app.QueryAsync(db => db.Customers.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).Take(contacts).ToListAsync());
        await _app.Services.GetRequiredService<JourneyEnrolment>().EnrolManyAsync(journeyId, ids, null, progress: null);
        return (api, journeyId, ids);
    }

    [Fact]
    public async Task Stats_CompareAdaptiveContactsWithTheHoldout_EachConvertingOnceInsideTheWindow()
    {
        var (api, journeyId, contacts) = await EnrolledAsync(150);
        var buyers = contacts.Where((_, i) => i % 3 == 0).ToList();
        foreach (var buyer in buyers)
        {
            await api.PublishEventAsync("order.placed", buyer, new { total = 80 });
        }
        await api.PublishEventAsync("order.placed", buyers[0], new { total = 90 });
        await api.PublishEventAsync("order.placed", contacts[1], new { total = 20 });
        await _app.AdvanceAsync(TimeSpan.FromDays(8));
        await api.PublishEventAsync("order.placed", contacts[2], new { total = 80 });

        var stats = (await api.GetFromJsonAsync<JsonObject>($"/api/journeys/{journeyId}/stats"))!;

        var heldOut = contacts.Where(c => JourneyHoldout.HoldsOut(journeyId, c, Holdout)).ToHashSet();
        var paths = stats["comparison"]!["paths"]!.AsArray().ToDictionary(p => p!["path"]!.GetValue<string>());
        Assert.Equal(("Big order", Holdout, "Holdout"), (stats["goal"]!.GetValue<string>(), stats["holdoutPercent"]!.GetValue<double>(), stats["comparison"]!["control"]!.GetValue<string>()));
        Assert.Equal((contacts.Count - heldOut.Count, buyers.Count(b => !heldOut.Contains(b))), Counts(paths["Adaptive"]!));
        Assert.Equal((heldOut.Count, buyers.Count(heldOut.Contains)), Counts(paths["Holdout"]!));
        Assert.InRange(heldOut.Count, 25, 65);
        var adaptive = paths["Adaptive"]!;
        Assert.Equal((double)Counts(adaptive).Converted / Counts(adaptive).Entered, adaptive["rate"]!.GetValue<double>(), 9);
        Assert.True(adaptive["low"]!.GetValue<double>() < adaptive["rate"]!.GetValue<double>() && adaptive["rate"]!.GetValue<double>() < adaptive["high"]!.GetValue<double>());
        Assert.Equal("not_enough_data", adaptive["significance"]!["verdict"]!.GetValue<string>());
    }

    private static (long Entered, long Converted) Counts(JsonNode path) => (path["entered"]!.GetValue<long>(), path["converted"]!.GetValue<long>());

    [Fact]
    public async Task HeldOutContacts_AreOnRecordAndHearTheirEvents_ButNoDecisionIsEverDueForThem()
    {
        var (api, journeyId, contacts) = await EnrolledAsync(60);
        foreach (var contact in contacts)
        {
            await api.PublishEventAsync("email.opened", contact, null);
        }

        var runs = await _app.QueryAsync(db => db.JourneyRuns.AsNoTracking().Where(r => r.JourneyId == journeyId)
            .Select(r => new { r.ContactId, r.HeldOut, r.DecisionDue, Entries = db.JourneyEntries.Count(e => e.RunId == r.Id) }).ToListAsync());
        var listed = (await api.GetFromJsonAsync<JsonArray>($"/api/journeys/{journeyId}/runs"))!;

        Assert.Equal(contacts.Order(), runs.Select(r => r.ContactId).Order());
        Assert.All(runs, r => Assert.Equal(JourneyHoldout.HoldsOut(journeyId, r.ContactId, Holdout), r.HeldOut));
        Assert.Contains(runs, r => r.HeldOut);
        Assert.All(runs, r => Assert.Equal((!r.HeldOut, 2), (r.DecisionDue, r.Entries)));
        Assert.Equal(runs.Count(r => r.HeldOut), listed.Count(r => r!["heldOut"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData("?from=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("?from=2026-12-01&to=2026-11-01", HttpStatusCode.BadRequest)]
    public async Task Stats_RefuseAPeriodThatIsNotOne(string query, HttpStatusCode status)
    {
        var (api, journeyId, _) = await EnrolledAsync(1);

        using var response = await api.GetAsync($"/api/journeys/{journeyId}/stats{query}");

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Stats_AnswerNotFound_ForAnUnknownJourney_AndSavingRefusesAHoldoutOverHalf()
    {
        var api = await _app.CreateApiClientAsync();

        using var unknown = await api.GetAsync("/api/journeys/jny_nobody/stats");
        using var tooMany = await api.PostAsync("/api/journeys", new StringContent(Definition(holdout: 60).ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("Hold out between 0% and 50%", await tooMany.Content.ReadAsStringAsync());
    }

    public void Dispose() => _app.Dispose();
}
