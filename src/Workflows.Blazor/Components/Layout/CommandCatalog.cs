using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using MudBlazor;
using Workflows.Blazor.Security;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Components.Layout;

/// <summary>Everything the command palette offers a user: the pages their role opens, their workflows, and the open page's actions.</summary>
public sealed class CommandCatalog(IAuthorizationService authorization, WorkflowStore workflows, PageCommands page)
{
    private static readonly (string Title, string Href, string Policy, string Icon)[] Pages =
    [
        ("Home", "", Policies.Read, Icons.Material.Outlined.Home),
        ("Workflows", "workflows", Policies.Design, Icons.Material.Outlined.AccountTree),
        ("Assistant", "assistant", Policies.Design, Icons.Material.Outlined.AutoAwesome),
        ("Inbox", "inbox", Policies.Review, Icons.Material.Outlined.Inbox),
        ("Executions", "executions", Policies.Read, Icons.Material.Outlined.History),
        ("Journeys", "journeys", Policies.Design, Icons.Material.Outlined.Route),
        ("Data", "data", Policies.Design, Icons.Material.Outlined.Storage),
        ("Action reference", "docs/actions", Policies.Design, Icons.Material.Outlined.MenuBook),
        ("Settings", "settings", Policies.Admin, Icons.Material.Outlined.Settings),
        ("System", "system", Policies.Admin, Icons.Material.Outlined.MonitorHeart),
    ];

    public async Task<IReadOnlyList<ShellCommand>> ForAsync(ClaimsPrincipal user, IEnumerable<ShellCommand> frame, CancellationToken cancellationToken = default)
    {
        var commands = new List<ShellCommand>(page.Commands);
        var designs = await AllowsAsync(user, Policies.Design);
        if (designs)
        {
            commands.Add(new ShellCommand("New workflow", "Actions", Icons.Material.Filled.Add, Href: "workflows?new=true"));
        }
        foreach (var (title, href, policy, icon) in Pages)
        {
            if (await AllowsAsync(user, policy))
            {
                commands.Add(new ShellCommand($"Go to {title}", "Pages", icon, Href: href));
            }
        }
        commands.AddRange(frame);
        if (designs)
        {
            commands.AddRange((await workflows.ListAsync(cancellationToken))
                .OrderBy(w => w.Name, StringComparer.CurrentCultureIgnoreCase)
                .Select(w => new ShellCommand(w.Name, "Workflows", Icons.Material.Outlined.AccountTree, Href: $"workflows/{w.Id}")));
        }
        return commands;
    }

    private async Task<bool> AllowsAsync(ClaimsPrincipal user, string policy) => (await authorization.AuthorizeAsync(user, policy)).Succeeded;
}
