using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Security;

/// <summary>API keys are kept a few seconds after a request found them; a revoked key must still stop working at once.</summary>
public sealed class ApiKeyCacheTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task RevokedKey_IsRefusedByTheNextRequest_ThoughItWasJustUsed()
    {
        var client = await ClientWithKeyAsync("shop");
        Assert.Equal(HttpStatusCode.OK, await ListWorkflowsAsync(client));

        var keys = await _app.Services.GetRequiredService<ApiKeyQueries>().ListAsync();
        await _app.Services.GetRequiredService<ApiKeyCommands>().RevokeAsync(Assert.Single(keys, k => k.Name == "shop").Id, "admin@example.com");

        Assert.Equal(HttpStatusCode.Unauthorized, await ListWorkflowsAsync(client));
    }

    [Fact]
    public async Task KeyDeletedByAnotherInstance_IsRefusedHereOnceTheKeptEntryExpires()
    {
        var client = await ClientWithKeyAsync("shop");
        Assert.Equal(HttpStatusCode.OK, await ListWorkflowsAsync(client));

        await using (var db = await _app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            await db.ApiKeys.Where(k => k.Name == "shop").ExecuteDeleteAsync();
        }
        Assert.Equal(HttpStatusCode.OK, await ListWorkflowsAsync(client));
        _app.Clock.Advance(ApiKeyCache.Lifetime);

        Assert.Equal(HttpStatusCode.Unauthorized, await ListWorkflowsAsync(client));
    }

    [Fact]
    public async Task NewKey_WorksAtOnce_WhileOtherKeysAreKept()
    {
        var first = await ClientWithKeyAsync("shop");
        Assert.Equal(HttpStatusCode.OK, await ListWorkflowsAsync(first));

        var second = await ClientWithKeyAsync("crm");

        Assert.Equal(HttpStatusCode.OK, await ListWorkflowsAsync(second));
        Assert.Equal(HttpStatusCode.OK, await ListWorkflowsAsync(first));
    }

    private async Task<HttpClient> ClientWithKeyAsync(string name)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeys.HeaderName, await _app.CreateApiKeyAsync(name));
        return client;
    }

    private static async Task<HttpStatusCode> ListWorkflowsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/workflows");
        return response.StatusCode;
    }

    public void Dispose() => _app.Dispose();
}
