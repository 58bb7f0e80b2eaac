namespace Workflows.Browser.Tests.Support;

/// <summary>The real app in a child process, on a free loopback port, with its own database file in a folder of its own.</summary>
public sealed class AppServer : IAsyncDisposable
{
    // The System page's charts take a point every 2 seconds instead of every minute, so its lines show within seconds.
    private static readonly Dictionary<string, string> Settings = new() { ["System__ChartSampleSeconds"] = "2" };

    private readonly AppChildProcess _app;
    private readonly Lazy<Task<string>> _apiKey;

    private AppServer(AppChildProcess app, string dataFolder)
    {
        _app = app;
        DataFolder = dataFolder;
        _apiKey = new(() => CreateApiKeyAsync());
    }

    public string BaseUrl => _app.BaseUrl;

    public string DataFolder { get; }

    public string Log => _app.Log;

    private string DatabasePath => DatabasePathIn(DataFolder);

    /// <summary>Starts the app on a new database; <paramref name="admin"/> is created first with the command line, unless null.</summary>
    public static async Task<AppServer> StartAsync(Credentials? admin)
    {
        var dataFolder = Directory.CreateTempSubdirectory("wf-browser-").FullName;
        if (admin is not null)
        {
            await AppChildProcess.RunCommandLineAsync(DatabasePathIn(dataFolder), "create-admin", "--email", admin.Email, "--password", admin.Password);
        }
        return new AppServer(await AppChildProcess.StartAsync(DatabasePathIn(dataFolder), Settings), dataFolder);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(DataFolder, recursive: true);
    }

    /// <summary>
    /// An API key for setting up what tests look at. It is made once per server: each command-line run starts the app's
    /// whole process, and 30 of them were minutes of a busy 2-core machine.
    /// </summary>
    public Task<string> ApiKeyAsync() => _apiKey.Value;

    private async Task<string> CreateApiKeyAsync() => (await RunCommandLineAsync("apikey", "create", "browser-tests")).Trim();

    /// <summary>Runs a command-line verb of the app against the server's database and returns what it printed.</summary>
    public Task<string> RunCommandLineAsync(params string[] arguments) => AppChildProcess.RunCommandLineAsync(DatabasePath, arguments);

    private static string DatabasePathIn(string dataFolder) => Path.Combine(dataFolder, "workflows.db");
}
