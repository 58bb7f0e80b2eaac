using Workflows.Blazor.Security;

namespace Workflows.Blazor.Tests.Support;

/// <summary>
/// The built app as a child process over a given database file with an API client that carries a key, so a test can
/// kill it outright (SIGKILL, no shutdown code runs) and start it again on the same file.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
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

    /// <summary>Creates the database if needed and an API key in it, through the app's own CLI.</summary>
    public static async Task<string> CreateApiKeyAsync(string databasePath) =>
        (await AppChildProcess.RunCommandLineAsync(databasePath, "apikey", "create", "crash-tests")).Trim().Split('\n')[^1].Trim();

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
