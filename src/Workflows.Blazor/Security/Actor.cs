using System.Security.Claims;

namespace Workflows.Blazor.Security;

/// <summary>How the audit log names whoever acted: the user's email or the API key's name.</summary>
public static class Actor
{
    public const string CommandLine = "command line";

    /// <summary>Who publishes a never-published workflow's draft when something first runs it.</summary>
    public const string FirstRun = "first run";

    private const string ApiKeyPrefix = "api key ";

    public static string Of(ClaimsPrincipal? user) => user?.Identity?.Name ?? "anonymous";

    /// <summary>How a call made with the API key named <paramref name="name"/> is recorded.</summary>
    public static string ApiKey(string name) => ApiKeyPrefix + name;

    /// <summary>Who acted in a person's words: a user's email as it is, "API key ‘browser-tests’", "Command line".</summary>
    public static string Describe(string? actor) => actor switch
    {
        null or "" => "—",
        CommandLine => "Command line",
        FirstRun => "Its first run",
        { } apiKey when apiKey.StartsWith(ApiKeyPrefix, StringComparison.Ordinal) => $"API key ‘{apiKey[ApiKeyPrefix.Length..]}’",
        { } someone => someone,
    };
}
