using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Security;

/// <summary>A run that copies a secret into its variables, its inbox item and its input: no reader of the run gets the clear value.</summary>
public sealed class SecretMaskingTests : IAsyncLifetime
{
    private const string Secret = "crm-9f3b7c21d4e8a6";

    private readonly CaptureAction _capture = new();
    private readonly FailOnceAction _flaky = new();
    private readonly AdminSetUpApp _app = new();

    public SecretMaskingTests()
    {
        _app.Factory.WithAction(_capture).WithAction(_flaky);
    }

    [Fact]
    public async Task WaitingRun_ShowsNoSecret_InTheApiTheInboxOrThePages()
    {
        var api = await _app.Factory.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(ReviewTheLeak));
        await api.WaitForStatusAsync(executionId, "waiting");
        var reviewer = await _app.ClientForAsync(Roles.Reviewer);

        var execution = await reviewer.GetStringAsync($"/api/executions/{executionId}");
        var inbox = await reviewer.GetStringAsync("/api/approvals?status=pending");
        var inboxPage = await reviewer.GetStringAsync("/inbox");
        var executionPage = await reviewer.GetStringAsync($"/executions/{executionId}");

        Assert.Equal(SecretMasker.Placeholder, JsonNode.Parse(execution)!["variables"]!["leak"]!.GetValue<string>());
        Assert.Contains("Token for", inbox);
        Assert.All([execution, inbox, inboxPage, executionPage], body => Assert.DoesNotContain(Secret, body));
    }

    [Fact]
    public async Task ResumedRun_StillUsesTheSecret_AndItsHistoryShowsNone()
    {
        var api = await _app.Factory.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(ReviewTheLeak));
        await api.WaitForStatusAsync(executionId, "waiting");
        var reviewer = await _app.ClientForAsync(Roles.Reviewer);
        var item = (await reviewer.GetFromJsonAsync<JsonArray>("/api/approvals?status=pending"))!.Single()!;

        using var decided = await reviewer.PostAsJsonAsync($"/api/approvals/{item["id"]}/decision", new { decision = "approved" });
        await decided.EnsureSuccessWithBodyAsync();
        await api.WaitForStatusAsync(executionId, "completed");

        Assert.Equal(Secret, _capture.Last!["token"]!.GetValue<string>());
        Assert.DoesNotContain(Secret, await reviewer.GetStringAsync($"/api/executions/{executionId}"));
        Assert.DoesNotContain(Secret, await (await _app.ClientForAsync(Roles.Admin)).GetStringAsync("/api/approvals/history.csv"));
    }

    [Fact]
    public async Task RetriedRun_ShowsNoSecret_WhenItsEditedInputCarriesOne()
    {
        var api = await _app.Factory.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(LeakThenFailOnce));
        await api.WaitForStatusAsync(executionId, "failed");

        using var retried = await api.PostAsJsonAsync($"/api/executions/{executionId}/retry", new { input = new { token = Secret } });
        await retried.EnsureSuccessWithBodyAsync();
        await api.WaitForStatusAsync(executionId, "completed");

        var execution = await (await _app.ClientForAsync(Roles.Reviewer)).GetStringAsync($"/api/executions/{executionId}");
        Assert.Equal(SecretMasker.Placeholder, JsonNode.Parse(execution)!["input"]!["token"]!.GetValue<string>());
        Assert.DoesNotContain(Secret, execution);
    }

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.Factory.Services.GetRequiredService<SecretCommands>().SetAsync("crm_token", Secret, "tests");
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    private const string ReviewTheLeak = """
        {
          "name": "Review the leak",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "leak" } },
            { "stepSlug": "leak", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "leak": "{{secrets.crm_token}}" } },
              "nextSteps": { "success": "review", "error": "end" } },
            { "stepSlug": "review", "stepType": "approval",
              "config": {
                "title": "Token for {{variables.leak}}",
                "description": "The token is {{variables.leak}}",
                "data": { "token": "{{variables.leak}}" },
                "fields": [ { "name": "note", "label": "Note", "type": "text", "default": "{{variables.leak}}" } ]
              },
              "nextSteps": { "approved": "use", "rejected": "end", "timeout": "end" } },
            { "stepSlug": "use", "stepType": "action",
              "config": { "type": "test.capture", "parameters": { "token": "{{variables.leak}}" } },
              "nextSteps": { "success": "end", "error": "end" } }
          ]
        }
        """;

    private const string LeakThenFailOnce = """
        {
          "name": "Leak then fail once",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "leak" } },
            { "stepSlug": "leak", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "leak": "{{secrets.crm_token}}" } },
              "nextSteps": { "success": "flaky", "error": "end" } },
            { "stepSlug": "flaky", "stepType": "action", "config": { "type": "test.fail_once" }, "nextSteps": { "success": "end" } }
          ]
        }
        """;
}
