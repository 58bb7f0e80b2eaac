using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Security;

namespace Workflows.Testing;

/// <summary>
/// The real app in this process over a SQLite file of its own in a fresh folder, which is deleted with it; or, when the
/// tests run against PostgreSQL, over a database of its own there (<see cref="PostgresTestDatabase"/>).
/// Settings are configuration keys as appsettings.json gives them, e.g. <c>Runner:RetentionDays</c>.
/// </summary>
public abstract class InProcessApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wf-app-").FullName;
    private readonly Dictionary<string, string> _settings = [];
    private readonly PostgresTestDatabase? _postgres = PostgresTestDatabase.CreateIfChosen();

    /// <summary>Scheduled backups are off, so a test that runs at the schedule's time (or moves a clock past it) writes none.</summary>
    protected InProcessApp() => Set("Backup:Schedule", "");

    public string DatabasePath => Path.Combine(_folder, "workflows.db");

    /// <summary>An API client that carries a new valid key.</summary>
    public async Task<HttpClient> CreateApiClientAsync()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeys.HeaderName, await CreateApiKeyAsync("tests"));
        return client;
    }

    public Task<string> CreateApiKeyAsync(string name) => Services.GetRequiredService<ApiKeyCommands>().CreateAsync(name, "tests");

    /// <summary>Starts the app on real Kestrel at 127.0.0.1 on a free port (not the in-memory test server) and returns its address.</summary>
    protected Uri StartOnLoopback()
    {
        var port = LoopbackPort.Free();
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        return new Uri($"http://127.0.0.1:{port}");
    }

    protected void Set(string key, string value) => _settings[key] = value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Path", DatabasePath);
        if (_postgres is not null)
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("Database:ConnectionString", _postgres.ConnectionString);
        }
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
        if (disposing)
        {
            _postgres?.Dispose();
        }
    }
}
