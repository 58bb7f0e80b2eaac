using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Security;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Tests.Support;

/// <summary>
/// The real app in memory over a real SQLite file of its own, with a fake clock so days pass in a call,
/// and an API client that carries a valid key.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wf-app-").FullName;
    private readonly List<IActionHandler> _extraActions = [];
    private readonly Dictionary<string, string> _settings = [];
    private bool _withDemoData;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    public string DatabasePath => Path.Combine(_folder, "workflows.db");

    /// <summary>Loads the demo store (customers, products, orders, ...) on start, as a fresh install does.</summary>
    public AppFactory WithDemoData()
    {
        _withDemoData = true;
        return this;
    }

    /// <summary>Sets one app setting, as appsettings.json or an environment variable would, e.g. AI:Endpoint.</summary>
    public AppFactory WithSetting(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Registers an action only tests have, e.g. one that fails on purpose.</summary>
    public AppFactory WithAction(IActionHandler action)
    {
        _extraActions.Add(action);
        return this;
    }

    public async Task<HttpClient> CreateApiClientAsync()
    {
        var client = CreateClient();
        var key = await Services.GetRequiredService<ApiKeys>().CreateAsync("tests");
        client.DefaultRequestHeaders.Add(ApiKeys.HeaderName, key);
        return client;
    }

    /// <summary>One tick of the every-second scheduler: fires due timers and schedules at the fake clock's time.</summary>
    public Task TickAsync() => Services.GetRequiredService<DueWorkProcessor>().ProcessAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Runner:Workers", "2");
        builder.UseSetting("Demo:Seed", _withDemoData ? "true" : "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            foreach (var action in _extraActions)
            {
                services.AddSingleton(action);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
