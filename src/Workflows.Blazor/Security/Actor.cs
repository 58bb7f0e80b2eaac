using System.Security.Claims;

namespace Workflows.Blazor.Security;

/// <summary>How the audit log names whoever acted: the user's email or the API key's name.</summary>
public static class Actor
{
    public const string CommandLine = "command line";

    /// <summary>Who publishes a never-published workflow's draft when something first runs it.</summary>
    public const string FirstRun = "first run";

    public static string Of(ClaimsPrincipal? user) => user?.Identity?.Name ?? "anonymous";
}
