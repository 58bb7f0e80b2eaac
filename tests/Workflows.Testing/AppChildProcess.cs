using System.Diagnostics;
using System.Net;
using System.Text;

namespace Workflows.Testing;

/// <summary>
/// The built app as a child process on a free loopback port over a given database file: what a test that kills the
/// app outright (SIGKILL, no shutdown code runs) or drives it from a browser starts. Its output is kept for failure messages.
/// </summary>
public sealed class AppChildProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private AppChildProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>True once <see cref="KillAsync"/> was called: requests failing from then on failed because of the kill.</summary>
    public bool Killed { get; private set; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the app and returns once it serves pages; <paramref name="settings"/> are environment variables such as
    /// <c>Limits__MaxStepsPerWorkflow</c>. Scheduled backups are off unless a setting turns them on.
    /// </summary>
    public static async Task<AppChildProcess> StartAsync(string databasePath, IReadOnlyDictionary<string, string>? settings = null)
    {
        var baseUrl = $"http://127.0.0.1:{LoopbackPort.Free()}";
        var app = new AppChildProcess(Process.Start(StartInfo(databasePath, settings, "--urls", baseUrl))!, baseUrl);
        app._process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilServingAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    /// <summary>Runs a command-line verb of the app (e.g. <c>apikey create</c>) against the database and returns what it printed.</summary>
    public static Task<string> RunCommandLineAsync(string databasePath, params string[] arguments) =>
        RunCommandLineAsync(databasePath, null, arguments);

    /// <summary>Runs a command-line verb with <paramref name="settings"/> as <see cref="StartAsync"/> takes them, e.g. another database provider.</summary>
    public static async Task<string> RunCommandLineAsync(string databasePath, IReadOnlyDictionary<string, string>? settings, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(databasePath, settings, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' exited with {process.ExitCode}: {await output}{await error}");
        }
        return await output;
    }

    /// <summary>SIGKILL: the process ends wherever it is, mid-transaction or not.</summary>
    public async Task KillAsync()
    {
        Killed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string databasePath, IReadOnlyDictionary<string, string>? settings, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.AppAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["Database__Path"] = databasePath;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // A test that runs at the schedule's time must not back up; a test that wants backups sets a schedule.
        start.Environment["Backup__Schedule"] = "";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        return start;
    }

    /// <summary>The icon is served to anyone, signed in or not, set up or not, once the app listens.</summary>
    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(2) };
        await Poll.UntilAsync(
            async () => !_process.HasExited && await AnswersAsync(http),
            serving => serving || _process.HasExited,
            _ => $"The app did not answer at {BaseUrl} within {StartTimeout.TotalSeconds:F0} s:\n{Log}",
            StartTimeout,
            TimeSpan.FromMilliseconds(50));
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{Log}");
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("/favicon.svg");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
