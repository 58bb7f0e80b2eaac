using Microsoft.AspNetCore.Components.Authorization;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Components.Pages.Settings;

internal static class CurrentActor
{
    /// <summary>The signed-in person as the audit log names them.</summary>
    public static async Task<string> OfAsync(Task<AuthenticationState>? state) =>
        state is null ? "anonymous" : Actor.Of((await state).User);
}
