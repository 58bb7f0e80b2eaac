using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Security;

/// <summary>
/// API keys and secrets are changed only through their command services, which audit each change with it, whoever calls
/// (a settings panel, the AI or messaging settings, the command line); their query services read them.
/// </summary>
public sealed class SecurityCommandsTests : IDisposable
{
    private const string Admin = "admin@example.com";

    private static readonly ExecutionState Run = new() { ExecutionId = "run", WorkflowId = "workflow" };

    private readonly AppFactory _app = new();

    private ApiKeyCommands KeyCommands => _app.Services.GetRequiredService<ApiKeyCommands>();

    private ApiKeyQueries Keys => _app.Services.GetRequiredService<ApiKeyQueries>();

    private SecretCommands SecretCommands => _app.Services.GetRequiredService<SecretCommands>();

    private SecretQueries Secrets => _app.Services.GetRequiredService<SecretQueries>();

    [Fact]
    public async Task KeyCreatedThenRevoked_IsAuditedByItsName_AndNoLongerFound()
    {
        var text = await KeyCommands.CreateAsync(" Nightly export ", Admin);
        var key = Assert.Single(await Keys.ListAsync());
        Assert.Equal("Nightly export", (await Keys.FindAsync(text))?.Name);

        await KeyCommands.RevokeAsync(key.Id, Admin);

        Assert.Null(await Keys.FindAsync(text));
        Assert.Equal([(AuditActions.ApiKeyCreated, "Nightly export"), (AuditActions.ApiKeyRevoked, "Nightly export")], await EntriesAsync());
    }

    [Fact]
    public async Task RevokingAnUnknownKey_IsNotFound_AndAuditsNothing()
    {
        var error = await Assert.ThrowsAsync<AppException>(() => KeyCommands.RevokeAsync("missing", Admin));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Empty(await EntriesAsync());
    }

    [Fact]
    public async Task KeyUse_IsNotedOncePerMinute()
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeys.HeaderName, await KeyCommands.CreateAsync("shop", Admin));
        var start = _app.Clock.GetUtcNow();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/workflows")).StatusCode);
        _app.Clock.Advance(TimeSpan.FromSeconds(30));
        await client.GetAsync("/api/workflows");
        Assert.Equal(start, Assert.Single(await Keys.ListAsync()).LastUsedAt);

        _app.Clock.Advance(TimeSpan.FromSeconds(31));
        await client.GetAsync("/api/workflows");
        Assert.Equal(start.AddSeconds(61), Assert.Single(await Keys.ListAsync()).LastUsedAt);
    }

    [Fact]
    public async Task SecretSavedThenDeleted_IsAuditedWithTheChange_AndRunsReadItAfresh()
    {
        await SecretCommands.SetAsync("crm_token", "first", Admin);
        Assert.Equal("first", Secrets.Resolve(Run)["crm_token"]);

        await SecretCommands.SetAsync("crm_token", "second", Admin);
        Assert.Equal("second", Secrets.Resolve(Run)["crm_token"]);
        Assert.Equal(Admin, Assert.Single(await Secrets.ListAsync()).UpdatedBy);

        await SecretCommands.DeleteAsync("crm_token", Admin);
        await SecretCommands.DeleteAsync("crm_token", Admin);

        Assert.False(Secrets.Resolve(Run).ContainsKey("crm_token"));
        Assert.Equal(
            [(AuditActions.SecretChanged, "crm_token"), (AuditActions.SecretChanged, "crm_token"), (AuditActions.SecretDeleted, "crm_token")],
            await EntriesAsync());
    }

    [Fact]
    public async Task SecretWithABadName_IsRefused_AndAuditsNothing()
    {
        await Assert.ThrowsAsync<AppException>(() => SecretCommands.SetAsync("no spaces", "x", Admin));

        Assert.Empty(await Secrets.ListAsync());
        Assert.Empty(await EntriesAsync());
    }

    private Task<List<(string, string)>> EntriesAsync() =>
        _app.QueryAsync(async db => (await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Action, e.Target }).ToListAsync())
            .Select(e => (e.Action, e.Target)).ToList());

    public void Dispose() => _app.Dispose();
}
