using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;
using Xunit.Abstractions;

namespace Workflows.Blazor.Tests.Inbox;

/// <summary>Reviewers deciding the same item at the same moment, through the API as the inbox does.</summary>
public sealed class ConcurrentDecisionTests(AdminSetUpApp app, ITestOutputHelper output) : IClassFixture<AdminSetUpApp>
{
    private const int Rounds = 20;

    [Fact]
    public async Task TwoApproverItem_CountsBothApprovals_WhenTwoReviewersDecideAtTheSameMoment()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var executionIds = await WaitingRunsAsync(client, Rounds);
        var reviewer = await app.ClientForAsync(Roles.Reviewer);
        var admin = await app.ClientForAsync(Roles.Admin);

        var conflicts = 0;
        foreach (var executionId in executionIds)
        {
            var itemId = await PendingItemIdAsync(executionId);
            var answers = await Task.WhenAll(DecideAsync(reviewer, itemId), DecideAsync(admin, itemId));
            var statuses = answers.Select(a => a.StatusCode).ToList();
            Array.ForEach(answers, a => a.Dispose());
            if (statuses.Contains(HttpStatusCode.Conflict))
            {
                conflicts++;
                continue;
            }
            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
            var execution = await client.WaitForStatusAsync(executionId, "completed");
            Assert.Equal("sent", execution["variables"]!["outcome"]!.GetValue<string>());
        }

        output.WriteLine($"{conflicts} of {Rounds} rounds answered a conflict");
        Assert.Equal(0, conflicts);
    }

    [Fact]
    public async Task TwoApproverItem_Answers409ToTheSecondAttempt_WhenOneReviewerApprovesTwiceAtTheSameMoment()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var executionId = (await WaitingRunsAsync(client, 1)).Single();
        var itemId = await PendingItemIdAsync(executionId);
        var reviewer = await app.ClientForAsync(Roles.Reviewer);

        var answers = await Task.WhenAll(DecideAsync(reviewer, itemId), DecideAsync(reviewer, itemId));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        Assert.Contains("already approved", await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).Content.ReadAsStringAsync());
        Assert.Equal("waiting", (await client.GetExecutionAsync(executionId))["status"]!.GetValue<string>());
    }

    private static async Task<IReadOnlyList<string>> WaitingRunsAsync(HttpClient client, int count)
    {
        var workflowId = await client.ImportAsync(InboxWorkflows.Review(""", "requiredApprovals": 2 """));
        var executionIds = new List<string>();
        for (var i = 0; i < count; i++)
        {
            executionIds.Add(await client.StartRunAsync(workflowId, new { input = new { name = "Ada" } }));
        }
        foreach (var executionId in executionIds)
        {
            await client.WaitForStatusAsync(executionId, "waiting");
        }
        return executionIds;
    }

    private async Task<string> PendingItemIdAsync(string executionId)
    {
        var items = await (await app.ClientForAsync(Roles.Reviewer)).GetFromJsonAsync<JsonArray>("/api/approvals?status=pending");
        return items!.OfType<JsonObject>().Single(i => i["executionId"]?.GetValue<string>() == executionId)["id"]!.GetValue<string>();
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, string itemId) =>
        client.PostAsJsonAsync($"/api/approvals/{itemId}/decision", new { decision = "approved" });
}
