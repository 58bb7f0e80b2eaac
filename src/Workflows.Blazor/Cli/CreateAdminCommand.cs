using System.CommandLine;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Cli;

/// <summary><c>create-admin --email E --password P</c>: what the setup page does, for headless installs.</summary>
public static class CreateAdminCommand
{
    public static Command Create(CliContext context)
    {
        var email = new Option<string>("--email") { Description = "The admin's email, used to sign in.", Required = true };
        var password = new Option<string>("--password") { Description = "At least 10 characters.", Required = true };
        var command = new Command("create-admin", "Create an admin account (works whether or not one exists).") { email, password };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await context.OpenDatabaseAsync(cancellationToken);
            using var scope = context.Services.CreateScope();
            try
            {
                var user = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                    .CreateAsync(parse.GetValue(email)!, parse.GetValue(password)!, Roles.Admin);
                await context.Services.GetRequiredService<AuditLog>()
                    .RecordAsync(Actor.CommandLine, AuditActions.UserCreated, user.Email!, Roles.Admin, cancellationToken);
                context.Output.WriteLine($"Admin {user.Email} created.");
                return ExitCodes.Ok;
            }
            catch (AppException ex)
            {
                context.Error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
