using Workflows.Blazor.Cli;

namespace Workflows.Blazor.Tests.Support;

/// <summary>Runs a command-line verb in process on the SQLite file at <c>databasePath</c> (created with the demo store when new).</summary>
public static class CommandLine
{
    public static Task<(int Exit, string Output, string Error)> RunAsync(string databasePath, params string[] args) =>
        RunAsync(databasePath, new Dictionary<string, string>(), args);

    /// <summary>The same with <paramref name="settings"/> as appsettings.json would give them, e.g. a model's (<c>AI:Endpoint</c>).</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(string databasePath, IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var overrides = settings.ToDictionary(s => s.Key, s => (string?)s.Value);
        overrides["Database:Path"] = databasePath;
        var exit = await CliApp.RunAsync(args, output, error, overrides);
        return (exit, output.ToString(), error.ToString());
    }
}
