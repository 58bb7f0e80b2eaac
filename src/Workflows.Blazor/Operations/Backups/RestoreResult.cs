namespace Workflows.Blazor.Operations.Backups;

/// <summary>What a restore did: the database it wrote, the backup it came from, and where the database it replaced was kept.</summary>
public sealed record RestoreResult(string DatabaseFile, BackupManifest Backup, string? ReplacedKeptAs);
