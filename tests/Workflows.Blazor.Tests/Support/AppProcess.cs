using Workflows.Blazor.Security;

namespace Workflows.Blazor.Tests.Support;

/// <summary>
/// The built app as a child process over a given database file with an API client that carries a key, so a test can
/// kill it outright (SIGKILL, no shutdown code runs) and start it again on the same file.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    /// <summary>The database the copies are made from, in a folder deleted when the test run ends.</summary>
    private static readonly Lazy<Task<(string DatabasePath, string ApiKey)>> Template = new(async () =>
    {
        var folder = Directory.CreateTempSubdirectory("wf-keyed-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var databasePath = Path.Combine(folder, "workflows.db");
        var apiKey = (await AppChildProcess.RunCommandLineAsync(databasePath, "apikey", "create", "crash-tests")).Trim().Split('\n')[^1].Trim();
        return (databasePath, apiKey);
    });

    private readonly AppChildProcess _app;

    private AppProcess(AppChildProcess app, string apiKey)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Add(ApiKeys.HeaderName, apiKey);
    }

    /// <inheritdoc cref="AppChildProcess.Killed"/>
    public bool Killed => _app.Killed;

    /// <summary>An API client that carries the key.</summary>
    public HttpClient Client { get; }

    public string Log => _app.Log;

    /// <summary>
    /// A new database at <paramref name="databasePath"/> with an API key in it, which is returned. The app's own CLI makes
    /// one such database per test run (migrated, demo store loaded, key created); each call gets a copy of its file, so
    /// the tests that only need a key pay for one CLI start instead of one each.
    /// </summary>
    public static async Task<string> CreateApiKeyAsync(string databasePath)
    {
        var (template, apiKey) = await Template.Value;
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        File.Copy(template, databasePath);
        return apiKey;
    }

    public static async Task<AppProcess> StartAsync(string databasePath, string apiKey, IReadOnlyDictionary<string, string>? settings = null) =>
        new(await AppChildProcess.StartAsync(databasePath, settings), apiKey);

    /// <inheritdoc cref="AppChildProcess.KillAsync"/>
    public Task KillAsync() => _app.KillAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Client.Dispose();
    }
}
