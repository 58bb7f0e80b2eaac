using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Workflows.Blazor.Tests.Support;

/// <summary>The journeys API as tests drive it, and scripted model decisions.</summary>
internal static class JourneyClientExtensions
{
    public static async Task<string> CreateJourneyAsync(this HttpClient client, JsonObject definition)
    {
        using var response = await client.PostAsync("/api/journeys", new StringContent(definition.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        await response.EnsureSuccessWithBodyAsync();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>Enrols and returns the new run's timeline: <c>run</c>, <c>entries</c>, <c>upcoming</c>.</summary>
    public static async Task<JsonObject> EnrolAsync(this HttpClient client, string journeyId, string contactId, object? input = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/journeys/{journeyId}/contacts", new { contactId, input });
        await response.EnsureSuccessWithBodyAsync();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonObject> TimelineAsync(this HttpClient client, string journeyId, string runId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/journeys/{journeyId}/runs/{runId}"))!;

    /// <summary>Runs due-work passes until the run's log has <paramref name="count"/> entries of the kind.</summary>
    public static Task<JsonObject> TickUntilAsync(this AppFactory app, HttpClient client, string journeyId, string runId, string kind, int count = 1) =>
        Poll.UntilAsync(
            async () =>
            {
                await app.TickAsync();
                return await client.TimelineAsync(journeyId, runId);
            },
            timeline => timeline.Entries(kind).Count >= count,
            timeline => $"Run {runId} has no {count} {kind} entries: {timeline.ToJsonString()}");

    public static IReadOnlyList<JsonObject> Entries(this JsonObject timeline, string kind) =>
        [.. timeline["entries"]!.AsArray().Select(e => e!.AsObject()).Where(e => e["kind"]!.GetValue<string>() == kind)];

    public static string RunId(this JsonObject timeline) => timeline["run"]!["id"]!.GetValue<string>();

    /// <summary>A model's decision as the fake server answers it.</summary>
    public static FakeReply Decision(JsonArray? actNow = null, JsonArray? schedule = null, JsonArray? cancel = null, bool finished = false, string reasoning = "following the policy") =>
        FakeReply.Say(new JsonObject
        {
            ["reasoning"] = reasoning,
            ["actNow"] = actNow ?? [],
            ["schedule"] = schedule ?? [],
            ["cancel"] = cancel ?? [],
            ["finished"] = finished,
        }.ToJsonString());

    public static JsonObject Email(string subject, string? after = null) => new()
    {
        ["action"] = "email_send",
        ["parameters"] = new JsonObject { ["subject"] = subject, ["body"] = $"{subject}: 100% off today." },
        ["after"] = after,
        ["reason"] = after is null ? "first touch" : "remind if not opened",
    };

    /// <summary>An email every 5 minutes, the first in 5 minutes, <paramref name="times"/> times in all.</summary>
    public static JsonObject Reminder(int times)
    {
        var reminder = Email("Still thinking?", after: "5 minutes");
        reminder["repeat"] = new JsonObject { ["every"] = "5 minutes", ["times"] = times };
        return reminder;
    }

    /// <summary>Waits until no journey decision is due, so none is left to take a later scripted answer.</summary>
    public static Task<bool> NoJourneyDecisionDueAsync(this AppFactory app) =>
        Poll.UntilAsync(
            () => app.QueryAsync(db => db.JourneyRuns.AnyAsync(r => r.DecisionDue)),
            due => !due,
            _ => "A journey decision is still due.");
}
