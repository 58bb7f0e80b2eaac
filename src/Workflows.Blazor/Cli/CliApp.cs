using System.CommandLine;
using Workflows.Blazor.Hosting;
using Workflows.Blazor.Operations;
using Workflows.Blazor.Operations.Backups;

namespace Workflows.Blazor.Cli;

/// <summary>
/// The command-line verbs, on the same services as the app:
/// <c>dotnet run --project src/Workflows.Blazor -- validate|run|mermaid|import FILE</c>, <c>export ID</c>, <c>apikey create NAME</c>,
/// <c>preview --workflow|--journey ID</c>, <c>eval assistant</c>, <c>eval journeys</c>, <c>backup --to FILE</c>, <c>restore --from FILE [--data DIR]</c>,
/// <c>migrate-to-postgres --from FILE --to CONNECTION</c>, <c>--version</c>.
/// </summary>
public static class CliApp
{
    private static readonly string[] Verbs =
        ["validate", "run", "mermaid", "import", "export", "apikey", "create-admin", "preview", "eval", "backup", "restore", "migrate-to-postgres", "--help", "-h", "-?", "--version"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    // overrides: settings that win over appsettings.json and the environment, such as a test's database path.
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IDictionary<string, string?>? overrides = null)
    {
        if (args is ["--version"])
        {
            // The app's own version, also when another program (a test host) is the entry assembly.
            output.WriteLine(AppVersion.Informational);
            return ExitCodes.Ok;
        }
        var settings = new ConfigurationBuilder();
        settings.AddRootSettings(AppPaths.FindSettingsFolder());
        settings.AddEnvironmentVariables();
        settings.AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());

        var configuration = settings.Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddWorkflowsCore(configuration)
            .AddBackups()
            .BuildServiceProvider();
        var context = new CliContext(services, output, error);

        var root = new RootCommand("Workflows: validate, run and draw workflow files.")
        {
            ValidateCommand.Create(context),
            RunCommand.Create(context),
            MermaidCommand.Create(context),
            ImportCommand.Create(context),
            ExportCommand.Create(context),
            ApiKeyCommand.Create(context),
            CreateAdminCommand.Create(context),
            PreviewCommand.Create(context),
            EvalCommand.Create(context),
            BackupCommand.Create(context),
            RestoreCommand.Create(context),
            MigrateToPostgresCommand.Create(context),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }
            error.WriteLine("Run with --help to see the verbs and their options.");
            return ExitCodes.Usage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A command line reports what went wrong in a sentence; the stack trace helps nobody running it.
            error.WriteLine($"error: {ex.Message}");
            return ExitCodes.Failed;
        }
    }
}
