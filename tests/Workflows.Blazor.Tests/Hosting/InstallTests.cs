using System.Diagnostics;
using Workflows.Blazor.Tests.Support;
using Xunit.Abstractions;

namespace Workflows.Blazor.Tests.Hosting;

/// <summary>
/// The README's install section followed word for word under a temporary root: a self-contained release build is
/// published, installed with the systemd unit, started as the unit starts it on a fresh data folder, and answers ready;
/// and the unit passes <c>systemd-analyze verify</c>.
/// </summary>
[LongRunning]
public sealed class InstallTests(ITestOutputHelper output)
{
    private static readonly string Unit = Path.Combine(RepositoryPaths.Root, "deploy", "workflows.service");

    [Fact]
    public async Task ReadmeInstall_PublishesInstallsAndAnswersReady_OnAFreshDataFolder()
    {
        var clock = Stopwatch.StartNew();

        var (exitCode, log) = await RunAsync(Path.Combine(RepositoryPaths.Root, "tests", "install", "readme-install.sh"));

        output.WriteLine($"publish, install and start took {clock.Elapsed.TotalSeconds:F0} s");
        Assert.True(exitCode == 0, log);
        Assert.Contains("\"status\":\"Healthy\"", log.Replace(" ", ""));
    }

    [Fact]
    public async Task Unit_PassesSystemdAnalyzeVerify_WithTheProgramInItsInstallFolder()
    {
        // The unit as shipped, with only its install folder moved to one that holds an executable in the program's place.
        var folder = Directory.CreateTempSubdirectory("wf-unit-").FullName;
        try
        {
            File.Copy("/bin/true", Path.Combine(folder, "Workflows.Blazor"));
            var unit = Path.Combine(folder, "workflows.service");
            await File.WriteAllTextAsync(unit, (await File.ReadAllTextAsync(Unit)).Replace("/opt/workflows", folder));

            var (exitCode, log) = await RunAsync("systemd-analyze", "verify", unit);

            Assert.True(exitCode == 0 && log.Trim().Length == 0, log);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await standardOutput + await standardError);
    }
}
