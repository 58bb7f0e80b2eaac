using System.Reflection;

namespace Workflows.Blazor.Operations;

/// <summary>The version this build of the app carries (its assembly's informational version), as the UI and <c>--version</c> show it.</summary>
public static class AppVersion
{
    /// <summary>The full version, with the source revision when the build recorded one, e.g. <c>1.2.0+3f2a9c1…</c>.</summary>
    public static string Informational { get; } =
        typeof(AppVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The version without the source revision, e.g. <c>1.2.0</c>.</summary>
    public static string Short { get; } = Informational.Split('+')[0];

    /// <summary>The source revision the build recorded, shortened as git shows it (7 characters), or null when it recorded none.</summary>
    public static string? Commit { get; } =
        Informational.Split('+') is [_, var revision, ..] && revision.Length > 0 ? revision[..Math.Min(7, revision.Length)] : null;
}
