namespace Workflows.Blazor.Data;

/// <summary>Saves a backup of the database before pending migrations change it, so people can go back to the previous version.</summary>
public interface IUpgradeBackup
{
    /// <summary>Backs the database up and returns the archive's path.</summary>
    Task<string> BackUpBeforeUpgradeAsync(CancellationToken cancellationToken);
}
