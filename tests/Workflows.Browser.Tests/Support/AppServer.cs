using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Workflows.Browser.Tests.Support;

/// <summary>The real app in a child process, on a free loopback port, with its own database file.</summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private AppServer(Process process, string baseUrl, string dataFolder)
    {
        _process = process;
        BaseUrl = baseUrl;
        DataFolder = dataFolder;
    }

    public string BaseUrl { get; }

    public string DataFolder { get; }

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

    /// <summary>Starts the app on a new database; <paramref name="admin"/> is created first with the command line, unless null.</summary>
    public static async Task<AppServer> StartAsync(Credentials? admin)
    {
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var dataFolder = Directory.CreateTempSubdirectory("wf-browser-").FullName;
        if (admin is not null)
        {
            await RunCommandLineAsync(dataFolder, "create-admin", "--email", admin.Email, "--password", admin.Password);
        }
        var start = AppProcess(dataFolder, "--urls", baseUrl);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;

        var server = new AppServer(Process.Start(start)!, baseUrl, dataFolder);
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(DataFolder, recursive: true);
    }

    /// <summary>Runs a command-line verb of the app against the server's database and returns what it printed.</summary>
    public Task<string> RunCommandLineAsync(params string[] arguments) => RunCommandLineAsync(DataFolder, arguments);

    private static async Task<string> RunCommandLineAsync(string dataFolder, params string[] arguments)
    {
        var start = AppProcess(dataFolder, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' exited with {process.ExitCode}: {output}{error}");
        }
        return output;
    }

    private static ProcessStartInfo AppProcess(string dataFolder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryPaths.AppAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["Database__Path"] = Path.Combine(dataFolder, "workflows.db");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return start;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{Log}");
            }
            try
            {
                using var response = await http.GetAsync(BaseUrl + "/favicon.svg");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The app did not answer at {BaseUrl} within 60 s:\n{Log}");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
