using System.Diagnostics;
using System.Net;
using System.Text;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Tests.Support;

/// <summary>
/// The built app as a child process on a free loopback port over a given database file, so a test can
/// kill it outright (SIGKILL, no shutdown code runs) and start it again on the same file.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private AppProcess(Process process, string baseUrl, string apiKey)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Add(ApiKeys.HeaderName, apiKey);
    }

    /// <summary>True once <see cref="KillAsync"/> was called: requests failing from then on failed because of the kill.</summary>
    public bool Killed { get; private set; }

    /// <summary>An API client that carries the key.</summary>
    public HttpClient Client { get; }

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

    /// <summary>Creates the database if needed and an API key in it, through the app's own CLI.</summary>
    public static async Task<string> CreateApiKeyAsync(string databasePath)
    {
        using var process = Process.Start(StartInfo(databasePath, "apikey", "create", "crash-tests"))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"apikey create exited with {process.ExitCode}: {await output}{await error}");
        }
        return (await output).Trim().Split('\n')[^1].Trim();
    }

    public static async Task<AppProcess> StartAsync(string databasePath, string apiKey, IReadOnlyDictionary<string, string>? settings = null)
    {
        var baseUrl = $"http://127.0.0.1:{LoopbackPort.Free()}";
        var start = StartInfo(databasePath, "--urls", baseUrl);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        var app = new AppProcess(Process.Start(start)!, baseUrl, apiKey);
        app._process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilReadyAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
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
        Client.Dispose();
    }

    private static ProcessStartInfo StartInfo(string databasePath, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = BuiltApp.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BuiltApp.Assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["Database__Path"] = databasePath;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{Log}");
            }
            try
            {
                using var response = await Client.GetAsync("/api/workflows");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"The app did not answer within 30 s:\n{Log}");
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
