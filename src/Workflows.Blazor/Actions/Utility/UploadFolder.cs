using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Actions.Utility;

/// <summary>
/// The folder an admin chose (<c>Workflows:UploadFolder</c>) for <c>workflow.upload_all_workflows</c>: its own
/// <c>.json</c> files only, never a subfolder's, and never a file that links outside it.
/// </summary>
internal static class UploadFolder
{
    public const string SettingKey = "Workflows:UploadFolder";

    /// <summary>Files read in one go, so a folder of thousands cannot hold a step for ever.</summary>
    public const int MaxFiles = 500;

    public static string Require(IConfiguration configuration)
    {
        if (configuration[SettingKey] is not { Length: > 0 } configured)
        {
            throw new StepFailedException($"No folder to upload workflows from has been chosen; an administrator sets {SettingKey} in appsettings.json.");
        }
        var folder = configured.Trim();
        if (!Path.IsPathFullyQualified(folder))
        {
            throw new StepFailedException($"The folder to upload workflows from, {configured}, must be a full path, such as /srv/workflows/uploads.");
        }
        return Directory.Exists(folder)
            ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))
            : throw new StepFailedException($"The folder to upload workflows from, {configured}, does not exist.");
    }

    /// <summary>The folder's workflow files by name; a file that is a link is kept only when it points inside the folder.</summary>
    public static IEnumerable<FileInfo> Files(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*.json", SearchOption.TopDirectoryOnly).OrderBy(f => f.Name, StringComparer.Ordinal);

    /// <summary>Why the file may not be read, or null when it may.</summary>
    public static string? Refusal(string folder, FileInfo file, long maxBytes)
    {
        var target = file.LinkTarget is null ? file : file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
        if (target is null || !target.Exists)
        {
            return "it links to a file that does not exist.";
        }
        if (!string.Equals(Path.GetDirectoryName(Path.GetFullPath(target.FullName)), folder, StringComparison.Ordinal))
        {
            return "it links to a file outside the upload folder.";
        }
        return target.Length > maxBytes ? $"it is larger than {maxBytes / 1024 / 1024} MB." : null;
    }
}
