using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Security;

namespace Workflows.Benchmarks.Runner;

/// <summary>
/// The whole app in this process on real Kestrel (127.0.0.1, a free port) over a fresh SQLite file, with the
/// real runner, scheduler tick and clock; an API client with a key; and a read-only look at the database.
/// </summary>
internal sealed class BenchmarkApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wf-bench-").FullName;
    private HttpClient? _api;
    private IReadOnlyDictionary<string, string> _settings = new Dictionary<string, string>();

    public string DatabasePath => Path.Combine(_folder, "workflows.db");

    public HttpClient Api => _api ?? throw new InvalidOperationException("Start the app first.");

    /// <summary>Starts the app; <paramref name="settings"/> are configuration keys such as <c>AI:Endpoint</c>.</summary>
    public static async Task<BenchmarkApp> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new BenchmarkApp { _settings = settings ?? new Dictionary<string, string>() };
        var port = FreePort();
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        app.StartServer();
        app._api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        app._api.DefaultRequestHeaders.Add(ApiKeys.HeaderName, await app.Services.GetRequiredService<ApiKeys>().CreateAsync("benchmarks"));
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

    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64(await ScalarAsync(sql, parameters));

    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Waits until <paramref name="count"/> executions are completed; fails fast when any failed.</summary>
    public async Task WaitForCompletedAsync(long count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await CountAsync("SELECT COUNT(*) FROM Executions WHERE Status = 'Completed'") < count)
        {
            if (await CountAsync("SELECT COUNT(*) FROM Executions WHERE Status = 'Failed'") > 0)
            {
                throw new InvalidOperationException("An execution failed.");
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Fewer than {count} executions completed within {timeout}.");
            }
            await Task.Delay(10);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot(Path.Combine("src", "Workflows.Blazor"));
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // One client starting thousands of runs a minute is the load being measured, not an abuse to refuse.
        builder.UseSetting("RateLimits:WebhooksPerMinute", "0");
        builder.UseSetting("RateLimits:EventsPerMinute", "0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        _api?.Dispose();
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
