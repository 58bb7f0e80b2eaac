using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Runtime;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Tests.Security;

/// <summary>
/// The user guide's workflow-level secret, <c>config.secrets.apiKey = { kind: 'inlineEncrypted', cipherText }</c>, read as
/// <c>{{secrets.apiKey}}</c>: encrypted by the app, used by runs, never shown or exported in clear.
/// </summary>
public sealed class InlineSecretTests : IAsyncLifetime
{
    private const string Secret = "sk_live_inline_4c7d19e2";

    private readonly CaptureAction _capture = new();
    private readonly AdminSetUpApp _app = new();

    public InlineSecretTests()
    {
        _app.Factory.WithAction(_capture);
    }

    [Fact]
    public async Task Run_UsesTheWorkflowsOwnSecret_AndShowsItNowhere()
    {
        var designer = await _app.ClientForAsync(Roles.Designer);
        var cipherText = await EncryptAsync(designer, Secret);
        var id = await designer.ImportAsync(CallTheCrm(cipherText));

        var executionId = await designer.StartRunAsync(id);
        var execution = await designer.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("Bearer " + Secret, _capture.Last!["authorization"]!.GetValue<string>());
        Assert.Equal(SecretMasker.Placeholder, execution["variables"]!["token"]!.GetValue<string>());
        Assert.DoesNotContain(Secret, await designer.GetStringAsync($"/api/executions/{executionId}"));
        Assert.DoesNotContain(Secret, await designer.GetStringAsync($"/executions/{executionId}"));
        Assert.DoesNotContain(Secret, await StoredStateAsync(executionId));
    }

    [Fact]
    public async Task Export_KeepsTheCipherText_AndNeverTheValue()
    {
        var designer = await _app.ClientForAsync(Roles.Designer);
        var cipherText = await EncryptAsync(designer, Secret);
        var id = await designer.ImportAsync(CallTheCrm(cipherText));

        var exported = await designer.GetStringAsync($"/api/workflows/{id}/export");

        var entry = JsonNode.Parse(exported)!["config"]!["secrets"]!["apiKey"]!;
        Assert.Equal(("inlineEncrypted", cipherText), (entry["kind"]!.GetValue<string>(), entry["cipherText"]!.GetValue<string>()));
        Assert.DoesNotContain(Secret, exported);
    }

    [Fact]
    public async Task Encrypt_MakesACipherText_OnlyThisInstallationOpens()
    {
        var designer = await _app.ClientForAsync(Roles.Designer);

        var cipherText = await EncryptAsync(designer, Secret);

        Assert.DoesNotContain(Secret, cipherText);
        Assert.True(_app.Factory.Services.GetRequiredService<ISecretDecryptor>().TryDecrypt(cipherText, out var value));
        Assert.Equal(Secret, value);
    }

    [Fact]
    public async Task Encrypt_RefusesAnEmptyValue_WithAProblem()
    {
        var designer = await _app.ClientForAsync(Roles.Designer);

        using var response = await designer.PostAsJsonAsync("/api/workflows/inline-secrets", new { value = "" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("value", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Encrypt_RefusesACookieCall_WithoutTheRequestedWithHeader()
    {
        var designer = await _app.ClientForAsync(Roles.Designer);
        designer.DefaultRequestHeaders.Remove(CookieApiCallGuard.HeaderName);

        using var response = await designer.PostAsJsonAsync("/api/workflows/inline-secrets", new { value = Secret });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Encrypt_IsRefused_ToAReviewer()
    {
        var reviewer = await _app.ClientForAsync(Roles.Reviewer);

        using var response = await reviewer.PostAsJsonAsync("/api/workflows/inline-secrets", new { value = Secret });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ImportAndValidate_SayToEnterTheValueAgain_WhenTheSecretWasEncryptedElsewhere()
    {
        var designer = await _app.ClientForAsync(Roles.Designer);
        var elsewhere = new EphemeralDataProtectionProvider().CreateProtector(SecretProtection.Purpose, "InlineSecrets").Protect(Secret);

        using var imported = await designer.PostAsync("/api/workflows", Json(CallTheCrm(elsewhere)));
        using var validated = await designer.PostAsync("/api/workflows/validate", Json(CallTheCrm(elsewhere)));

        await imported.EnsureSuccessWithBodyAsync();
        var import = (await imported.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.False(import["isValid"]!.GetValue<bool>());
        var finding = Assert.Single(import["findings"]!.AsArray(), f => f!["code"]!.GetValue<string>() == FindingCodes.UnreadableSecret)!;
        Assert.Contains("Enter its value again", finding["message"]!.GetValue<string>());
        Assert.Contains(FindingCodes.UnreadableSecret, await validated.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Run_IsRefused_WhenTheWorkflowsSecretWasEncryptedElsewhere()
    {
        var designer = await _app.ClientForAsync(Roles.Designer);
        var elsewhere = new EphemeralDataProtectionProvider().CreateProtector(SecretProtection.Purpose, "InlineSecrets").Protect(Secret);
        var id = await designer.ImportAsync(CallTheCrm(elsewhere));

        using var response = await designer.PostAsJsonAsync($"/api/workflows/{id}/runs", new { });

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(FindingCodes.UnreadableSecret, problem.ToJsonString());
    }

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    private static async Task<string> EncryptAsync(HttpClient client, string value)
    {
        using var response = await client.PostAsJsonAsync("/api/workflows/inline-secrets", new { value });
        await response.EnsureSuccessWithBodyAsync();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("inlineEncrypted", body["kind"]!.GetValue<string>());
        return body["cipherText"]!.GetValue<string>();
    }

    private async Task<string> StoredStateAsync(string executionId)
    {
        await using var db = await _app.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var execution = await db.Executions.AsNoTracking().SingleAsync(e => e.Id == executionId);
        return execution.StateJson + execution.InputJson;
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    /// <summary>The guide's "Using Secrets" example: the workflow keeps the key encrypted, a step sends it as a header.</summary>
    private static string CallTheCrm(string cipherText) => $$$"""
        {
          "name": "Call the CRM with the workflow's key",
          "config": { "secrets": { "apiKey": { "kind": "inlineEncrypted", "cipherText": "{{{cipherText}}}" } } },
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "remember" } },
            { "stepSlug": "remember", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "token": "{{secrets.apiKey}}" } },
              "nextSteps": { "success": "call", "error": "end" } },
            { "stepSlug": "call", "stepType": "action",
              "config": { "type": "test.capture", "parameters": { "authorization": "Bearer {{secrets.apiKey}}" } },
              "nextSteps": { "success": "end", "error": "end" } }
          ]
        }
        """;
}
