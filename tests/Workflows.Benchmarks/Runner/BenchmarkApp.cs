using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data;
using Workflows.Blazor.Security;
using Workflows.Engine.Runtime;

namespace Workflows.Benchmarks.Runner;

/// <summary>
/// The whole app in this process on real Kestrel (127.0.0.1, a free port) over a fresh SQLite file (or the database
/// its settings name), with the real runner, scheduler tick and clock; an API client with a key; and a read-only look
/// at the database.
/// </summary>
internal sealed class BenchmarkApp : InProcessApp
{
    private HttpClient? _api;

    private BenchmarkApp()
    {
        // One client starting thousands of runs a minute is the load being measured, not an abuse to refuse.
        Set("RateLimits:WebhooksPerMinute", "0");
        Set("RateLimits:EventsPerMinute", "0");
        Set("Logging:LogLevel:Default", "Warning");
    }

    public HttpClient Api => _api ?? throw new InvalidOperationException("Start the app first.");

    /// <summary>The key <see cref="Api"/> sends, for clients of the benchmark's own.</summary>
    public string ApiKey { get; private set; } = "";

    /// <summary>Starts the app; <paramref name="settings"/> are configuration keys such as <c>AI:Endpoint</c>.</summary>
    public static async Task<BenchmarkApp> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new BenchmarkApp();
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            app.Set(key, value);
        }
        app._api = new HttpClient { BaseAddress = app.StartOnLoopback(), Timeout = TimeSpan.FromSeconds(60) };
        app.ApiKey = await app.CreateApiKeyAsync("benchmarks");
        app._api.DefaultRequestHeaders.Add(ApiKeys.HeaderName, app.ApiKey);
        return app;
    }

    /// <summary>Imports and activates a workflow; returns its id.</summary>
    public async Task<string> ActivateAsync(string workflowJson)
    {
        using var imported = await Api.PostAsync("/api/workflows", new StringContent(workflowJson, System.Text.Encoding.UTF8, "application/json"));
        imported.EnsureSuccessStatusCode();
        var id = (await imported.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using var activated = await Api.PostAsync($"/api/workflows/{id}/activate", null);
        activated.EnsureSuccessStatusCode();
        return id;
    }

    public Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters) =>
        DatabaseFile.CountAsync(DatabasePath, sql, parameters);

    public async Task<object?> ScalarAsync(string sql) => (await DatabaseFile.QueryAsync(DatabasePath, sql, r => r.GetValue(0)))[0];

    /// <summary>Waits until the count <paramref name="sql"/> selects reaches <paramref name="atLeast"/>, asking every <paramref name="interval"/>.</summary>
    public Task<long> WaitForCountAsync(string sql, long atLeast, TimeSpan interval, params (string Name, object Value)[] parameters) =>
        Poll.UntilAsync(
            () => CountAsync(sql, parameters),
            count => count >= atLeast,
            count => $"{count} (not {atLeast}) rows for {sql}",
            TimeSpan.FromMinutes(10),
            interval);

    /// <summary>The database the app runs on and its version, as a benchmark's heading names it.</summary>
    public async Task<string> DescribeDatabaseAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var version = db.Database.GetDbConnection().ServerVersion;
        return Services.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.Sqlite
            ? $"SQLite {version}, journal_mode={await ScalarAsync("PRAGMA journal_mode")}"
            : $"PostgreSQL {version}";
    }

    /// <summary>Waits until <paramref name="count"/> executions are completed (counted through the app, on either database); fails fast when any failed.</summary>
    public async Task WaitForCompletedAsync(long count, TimeSpan timeout)
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var counts = await Poll.UntilAsync(
            async () =>
            {
                await using var db = await contexts.CreateDbContextAsync();
                return (Completed: await db.Executions.CountAsync(e => e.Status == ExecutionStatus.Completed),
                    Failed: await db.Executions.CountAsync(e => e.Status == ExecutionStatus.Failed));
            },
            counts => counts.Completed >= count || counts.Failed > 0,
            counts => $"{counts.Completed} of {count} executions completed within {timeout}.",
            timeout,
            TimeSpan.FromMilliseconds(10));
        if (counts.Failed > 0)
        {
            throw new InvalidOperationException("An execution failed.");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSolutionRelativeContentRoot(Path.Combine("src", "Workflows.Blazor"));
        builder.UseEnvironment("Production");
    }
}
