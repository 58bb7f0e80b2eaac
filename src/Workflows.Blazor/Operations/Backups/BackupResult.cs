namespace Workflows.Blazor.Operations.Backups;

/// <summary>How a backup went: when, into which file and how large, or the error that stopped it.</summary>
public sealed record BackupResult(DateTimeOffset At, string File, long Size, string? Error)
{
    public bool Succeeded => Error is null;
}
