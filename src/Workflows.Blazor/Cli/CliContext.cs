using Workflows.Blazor.Hosting;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Cli;

/// <summary>What every command-line verb works with: the app's services and where to write.</summary>
public sealed class CliContext(IServiceProvider services, TextWriter output, TextWriter error)
{
    public IServiceProvider Services { get; } = services;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Creates or migrates the database (with the demo store on first use), for verbs that use it.</summary>
    public Task OpenDatabaseAsync(CancellationToken cancellationToken) =>
        Services.GetRequiredService<DatabaseStartup>().PrepareAsync(cancellationToken);

    /// <summary>Reads a workflow file, or explains on standard error why it cannot.</summary>
    public WorkflowDefinition? ReadWorkflow(FileInfo file)
    {
        if (!file.Exists)
        {
            Error.WriteLine($"error: {file.FullName} does not exist.");
            return null;
        }
        try
        {
            return WorkflowJson.Parse(File.ReadAllText(file.FullName));
        }
        catch (WorkflowFormatException ex)
        {
            Error.WriteLine($"error invalid-format: {file.Name} {ex.Path}: {ex.Reason}");
            return null;
        }
    }
}
