using System.CommandLine;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Cli;

/// <summary><c>apikey create NAME</c>: creates an API key and prints it; it is shown only this once.</summary>
public static class ApiKeyCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Who or what will use the key, e.g. \"shop-integration\"." };
        var create = new Command("create", "Create an API key and print it once.") { name };
        create.SetAction(async (parse, cancellationToken) =>
        {
            await context.OpenDatabaseAsync(cancellationToken);
            var key = await context.Services.GetRequiredService<ApiKeyCommands>().CreateAsync(parse.GetValue(name)!, Actor.CommandLine, cancellationToken);
            context.Output.WriteLine(key);
            context.Error.WriteLine("Store this key now: it cannot be shown again. Send it as the X-Api-Key header.");
            return ExitCodes.Ok;
        });
        return new Command("apikey", "Manage API keys.") { create };
    }
}
