using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Api;

/// <summary>The journeys API takes a journey as the journey note (seed 002) writes it.</summary>
public sealed class JourneyNoteShapeApiTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly AppFactory _app = shared.Factory;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Create_TakesTheNotesContextAndActionNames()
    {
        var api = await _app.CreateApiClientAsync();

        using var response = await api.PostAsync("/api/journeys", Json("""
            {
              "name": "Help them buy",
              "policy": "Your job is to help the customer buy a product.",
              "actions": ["action.send_sms", "action.suggest_new_products", "action.suggest_new_promotion"],
              "context": { "product": "Standing desk" },
              "mode": "adaptive"
            }
            """));

        await response.EnsureSuccessWithBodyAsync();
        var definition = (await response.Content.ReadFromJsonAsync<JsonObject>())!["definition"]!;
        Assert.Equal(["sms_send", "recommendation.create", "offer.send"],
            definition["actions"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()));
        Assert.Equal("Standing desk", definition["startingContext"]!["product"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_ReturnsQuietHours_WithTheZonesNameOnly()
    {
        var api = await _app.CreateApiClientAsync();
        var id = await api.CreateJourneyAsync(JsonNode.Parse("""
            { "name": "Quiet nights", "policy": "Text them about the desk.",
              "actions": [ { "action": "action.send_sms", "guardrails": { "quietHours": { "start": "21:00", "end": "08:00", "timeZone": "Europe/Berlin" } } } ] }
            """)!.AsObject());

        var quiet = (await api.GetFromJsonAsync<JsonObject>($"/api/journeys/{id}"))!["definition"]!["actions"]![0]!["guardrails"]!["quietHours"]!.AsObject();

        Assert.Equal("Europe/Berlin", quiet["timeZone"]!.GetValue<string>());
        Assert.False(quiet.ContainsKey("zone"));
    }

    [Fact]
    public async Task Create_Refuses_ADefaultTemplateThatFailsAtRunTime()
    {
        var api = await _app.CreateApiClientAsync();

        using var response = await api.PostAsync("/api/journeys", Json("""
            { "name": "Mail them", "policy": "Email them once.",
              "actions": [ { "action": "action.send_email", "defaults": { "to": "{{customer.email}}" } } ] }
            """));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("{{input.contact.email}}", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_Accepts_ADefaultThatReadsTheContact()
    {
        var api = await _app.CreateApiClientAsync();

        using var response = await api.PostAsync("/api/journeys", Json("""
            { "name": "Mail them", "policy": "Email them once.",
              "actions": [ { "action": "action.send_email", "defaults": { "to": "{{contact.email}}" } } ] }
            """));

        await response.EnsureSuccessWithBodyAsync();
    }
}
