namespace Workflows.Blazor.Operations.Backups;

/// <summary>A restore that must not go ahead, with the reason in words for the person running it.</summary>
public sealed class BackupException(string message) : Exception(message);
