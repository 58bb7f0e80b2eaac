using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Workflows.Blazor.Security;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Security;

public sealed class HardeningTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task Pages_CarryTheSecurityHeaders()
    {
        using var response = await _app.CreateBrowserLikeClient().GetAsync("/account/login");

        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", SecurityHeadersMiddleware.ContentSecurityPolicy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task SignIn_IsRateLimited_AfterTenAttemptsAMinute()
    {
        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync("owner@example.com", SignedInClients.Password, Roles.Admin);
        }
        var client = _app.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 11; attempt++)
        {
            using var response = await client.PostLoginAsync("nobody@example.com", "wrong-password");
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(10));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }

    [Fact]
    public async Task Publishing_IsRecordedInTheAuditLog_WithWhoDidIt()
    {
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(TestWorkflows.Greeting());

        using var response = await client.PostAsync($"/api/workflows/{workflowId}/publish", null);
        await response.EnsureSuccessWithBodyAsync();

        var entries = await _app.Services.GetRequiredService<AuditQueries>().RecentAsync(10);
        var published = Assert.Single(entries, e => e.Action == AuditActions.WorkflowPublished);
        Assert.Equal(("api key tests", "Greeting", $"/workflows/{workflowId}", "version 1"), (published.Actor, published.Target, published.TargetLink, published.Details));
        Assert.Contains(entries, e => e.Action == AuditActions.WorkflowImported && e.Target == "Greeting");
    }

    [Fact]
    public async Task Api_WorksWithAKey_BeforeAnyAdminExists()
    {
        var client = await _app.CreateApiClientAsync();

        using var response = await client.GetAsync("/api/workflows");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.Content.ReadFromJsonAsync<JsonArray>())!);
    }

    [Fact]
    public async Task Pages_LeadToSetup_BeforeAnyAdminExists()
    {
        using var response = await _app.CreateBrowserLikeClient().GetAsync("/workflows");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/setup", response.Headers.Location!.OriginalString);
    }

    public void Dispose() => _app.Dispose();
}
