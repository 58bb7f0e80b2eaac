using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Preview;

/// <summary><c>POST /api/workflows/{id}/preview</c> over the demo store: timelines and a summary, and not one row written.</summary>
public sealed class WorkflowPreviewApiTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    private const string VipWelcome = """
        { "name": "VIP welcome preview", "steps": [
          { "stepSlug": "get_customer", "stepType": "action",
            "config": { "type": "customer_get", "parameters": { "customerId": "{{input.customerId}}" } }, "nextSteps": { "success": "send_email" } },
          { "stepSlug": "send_email", "stepType": "action",
            "config": { "type": "email_send", "parameters": { "to": "{{steps.get_customer.output.email}}",
              "subject": "Welcome, {{steps.get_customer.output.name}}", "body": "Hi {{steps.get_customer.output.name}}." } },
            "nextSteps": { "success": "wait_open" } },
          { "stepSlug": "wait_open", "stepType": "wait", "config": { "event": "email.opened", "timeout": "3 days" },
            "nextSteps": { "success": "is_big", "timeout": "is_big" } },
          { "stepSlug": "is_big", "stepType": "condition", "config": { "expression": "{{steps.get_customer.output.totalSpent}} > 1000" },
            "nextSteps": { "true": "review", "false": "end" } },
          { "stepSlug": "review", "stepType": "approval", "config": { "title": "Offer for {{steps.get_customer.output.name}}" },
            "nextSteps": { "approved": "mark_sent", "rejected": "end" } },
          { "stepSlug": "mark_sent", "stepType": "action",
            "config": { "type": "customer_update", "parameters": { "customerId": "{{input.customerId}}", "emailSent": true } },
            "nextSteps": { "success": "end" } }
        ] }
        """;

    private async Task<(HttpClient Api, string WorkflowId)> ImportAsync()
    {
        var api = await app.Factory.CreateApiClientAsync();
        return (api, await api.ImportAsync(VipWelcome));
    }

    private async Task<string> RowCountsAsync()
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var customers = await db.Customers.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id + c.Name + c.Email).ToListAsync();
        return $"executions {await db.Executions.CountAsync()}, steps {await db.ExecutionSteps.CountAsync()}, timers {await db.Timers.CountAsync()}, " +
            $"approvals {await db.Approvals.CountAsync()}, outbox {await db.OutboxMessages.CountAsync()}, events {await db.EventOutbox.CountAsync()}, " +
            $"customers {string.Join(',', customers).GetHashCode()}";
    }

    [Fact]
    public async Task Preview_OfASegment_GivesEveryContactsTimelineAndTheSummary_AndWritesNothing()
    {
        var (api, workflowId) = await ImportAsync();
        var before = await RowCountsAsync();

        using var response = await api.PostAsJsonAsync($"/api/workflows/{workflowId}/preview", new
        {
            segmentId = "seg_vip",
            days = 30,
            scenario = new { events = new[] { new { type = "email.opened", day = 2 } }, approval = "approved" },
        });

        response.EnsureSuccessStatusCode();
        var preview = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var contacts = preview["summary"]!["contacts"]!.GetValue<int>();
        Assert.True(contacts > 0);
        Assert.Equal(contacts, preview["timelines"]!.AsArray().Count);
        var email = Assert.Single(preview["summary"]!["wouldDo"]!.AsArray(), c => c!["stepSlug"]!.GetValue<string>() == "send_email")!;
        Assert.Equal(contacts, email["contacts"]!.GetValue<int>());
        Assert.Equal("sendsMessage", email["effect"]!.GetValue<string>());
        var first = preview["timelines"]![0]!["entries"]!.AsArray();
        Assert.StartsWith("Welcome, ", first[1]!["input"]!["subject"]!.GetValue<string>());
        Assert.Equal("wouldDo", first[1]!["kind"]!.GetValue<string>());
        Assert.Contains(first, e => e!["kind"]!.GetValue<string>() == "waitEnded" && e["day"]!.GetValue<int>() == 2);
        Assert.Equal(before, await RowCountsAsync());
    }

    [Fact]
    public async Task Preview_OfChosenContacts_SaysWhoWouldNeedApproval()
    {
        var (api, workflowId) = await ImportAsync();

        using var response = await api.PostAsJsonAsync($"/api/workflows/{workflowId}/preview", new { contacts = new[] { "cust_456" } });

        var preview = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var timeline = Assert.Single(preview["timelines"]!.AsArray())!;
        Assert.Equal("cust_456", timeline["contactId"]!.GetValue<string>());
        Assert.Equal(0, preview["summary"]!["needApproval"]!.GetValue<int>());
        Assert.Contains(timeline["entries"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "branch" && e["port"]!.GetValue<string>() == "false");
        Assert.Equal(30, preview["days"]!.GetValue<int>());
    }

    [Fact]
    public async Task Preview_ComparedWithThePublishedVersion_RunsItOverTheSameContacts_AndNamesThem()
    {
        var (api, workflowId) = await ImportAsync();
        (await api.PostAsync($"/api/workflows/{workflowId}/publish", null)).EnsureSuccessStatusCode();
        var before = await RowCountsAsync();

        using var response = await api.PostAsJsonAsync($"/api/workflows/{workflowId}/preview", new { sample = 20, compare = "1" });

        var preview = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var compared = preview["compared"]!;
        Assert.Equal("1", compared["version"]!.GetValue<string>());
        Assert.Equal(20, compared["summary"]!["contacts"]!.GetValue<int>());
        Assert.Equal((20, 20), (compared["differences"]!["contacts"]!.GetValue<int>(), compared["differences"]!["same"]!.GetValue<int>()));
        Assert.Empty(compared["differences"]!["differences"]!.AsArray());
        var first = preview["timelines"]![0]!["contactId"]!.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(preview["names"]![first]!.GetValue<string>()));
        Assert.Equal(before, await RowCountsAsync());
    }

    [Fact]
    public async Task Preview_CanBeReadBackByItsId_AndAnUnknownIdIsNotFound()
    {
        var (api, workflowId) = await ImportAsync();
        using var made = await api.PostAsJsonAsync($"/api/workflows/{workflowId}/preview", new { sample = 3 });
        var preview = (await made.Content.ReadFromJsonAsync<JsonObject>())!;

        var read = await api.GetFromJsonAsync<JsonObject>($"/api/previews/{preview["previewId"]!.GetValue<string>()}");
        using var unknown = await api.GetAsync("/api/previews/nothing_here");

        Assert.Equal(preview.ToJsonString(), read!.ToJsonString());
        var problem = await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("nothing_here", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Preview_FindsContactsByNameOrEmail_AsTheCustomerPickerDoes()
    {
        var (api, workflowId) = await ImportAsync();
        var (byName, byEmail) = await app.Factory.QueryAsync(async db =>
        {
            var unique = await db.Customers.AsNoTracking().GroupBy(c => c.Name).Where(g => g.Count() == 1).Select(g => g.Key).OrderBy(n => n).FirstAsync();
            return (await db.Customers.AsNoTracking().SingleAsync(c => c.Name == unique), await db.Customers.AsNoTracking().OrderBy(c => c.Id).LastAsync());
        });

        using var response = await api.PostAsJsonAsync($"/api/workflows/{workflowId}/preview", new { contacts = new[] { byName.Name.ToUpperInvariant(), byEmail.Email } });

        await response.EnsureSuccessWithBodyAsync();
        var preview = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal([byName.Id, byEmail.Id], preview["timelines"]!.AsArray().Select(t => t!["contactId"]!.GetValue<string>()));
    }

    public static TheoryData<string, HttpStatusCode, string> BadRequests() => new()
    {
        { """{ "sample": 5, "compare": "9" }""", HttpStatusCode.NotFound, "9" },
        { """{ "sample": 5, "compare": "previous" }""", HttpStatusCode.BadRequest, "draft, active or a version number" },
        { """{ "contacts": ["cust_456"], "days": 0 }""", HttpStatusCode.BadRequest, "1 to 90 days" },
        { """{ "contacts": ["cust_456"], "days": 91 }""", HttpStatusCode.BadRequest, "1 to 90 days" },
        { """{ "sample": 1001 }""", HttpStatusCode.BadRequest, "1 to 1,000" },
        { """{ }""", HttpStatusCode.BadRequest, "Choose whom to preview" },
        { """{ "contacts": ["nobody"] }""", HttpStatusCode.NotFound, "no contact with the id, email or name 'nobody'" },
        { """{ "segmentId": "seg_nothing" }""", HttpStatusCode.NotFound, "seg_nothing" },
        { """{ "sample": 5, "version": "latest" }""", HttpStatusCode.BadRequest, "draft, active or a version number" },
        { """{ "sample": 5, "scenario": { "approval": "maybe" } }""", HttpStatusCode.BadRequest, "approved or rejected" },
        { """{ "sample": 5, "scenario": { "events": [ { "type": "email.opened", "day": 40 } ] } }""", HttpStatusCode.BadRequest, "day from 0 to 30" },
        { """{ "sample": 5, "scenario": { "events": [ null ] } }""", HttpStatusCode.BadRequest, "may not contain null" },
        { """{ "sample": 5, "days": "many" }""", HttpStatusCode.BadRequest, "days" },
        { """{ "contacts": [""] }""", HttpStatusCode.BadRequest, "cannot be blank" },
        { """{ "contacts": ["@"] }""", HttpStatusCode.BadRequest, "give their id or email instead" },
        { new JsonObject { ["contacts"] = new JsonArray([.. Enumerable.Range(0, 1001).Select(i => (JsonNode)$"cust_{i}")]) }.ToJsonString(), HttpStatusCode.BadRequest, "at most 1,000 contacts" },
        { new JsonObject { ["sample"] = 5, ["scenario"] = new JsonObject { ["events"] = new JsonArray([.. Enumerable.Range(0, 101).Select(_ => (JsonNode)new JsonObject { ["type"] = "email.opened", ["day"] = 1 })]) } }.ToJsonString(),
            HttpStatusCode.BadRequest, "at most 100 events" },
        { $$"""{ "sample": 5, "scenario": { "llmOutputs": { "write": "{{new string('x', 70_000)}}" } } }""", HttpStatusCode.BadRequest, "at most 64 KB" },
        { $$"""{ "sample": 5, "scenario": { "llmOutputs": { "write": {{new string('[', 200)}}{{new string(']', 200)}} } } }""", HttpStatusCode.BadRequest, "depth" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Preview_AnswersAProblem_ForABadRequest(string body, HttpStatusCode status, string detail)
    {
        var (api, workflowId) = await ImportAsync();

        using var response = await api.PostAsync($"/api/workflows/{workflowId}/preview", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(status);
        Assert.Contains(detail, problem["detail"]!.GetValue<string>());
    }
}
