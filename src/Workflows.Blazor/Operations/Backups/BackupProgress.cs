namespace Workflows.Blazor.Operations.Backups;

/// <summary>How far a backup is, in words and percent, for the "Back up now" button.</summary>
public sealed record BackupProgress(int Percent, string Step);
