using Workflows.Blazor.Cli;

namespace Workflows.Blazor.Tests.Support;

/// <summary>Runs a command-line verb in process on the SQLite file at <c>databasePath</c> (created with the demo store when new).</summary>
public static class CommandLine
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(string databasePath, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error, new Dictionary<string, string?> { ["Database:Path"] = databasePath });
        return (exit, output.ToString(), error.ToString());
    }
}
