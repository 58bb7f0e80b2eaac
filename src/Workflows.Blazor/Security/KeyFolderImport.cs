using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Security;

/// <summary>
/// Installations from before the data-protection keys moved into the database kept them as files in the keys folder
/// beside the SQLite file. Copies every key file the database does not hold yet, before anything reads the key ring,
/// so secrets, sign-in cookies and tracking links made with those keys still open after the upgrade.
/// </summary>
public sealed class KeyFolderImport(IDbContextFactory<AppDbContext> contexts, DatabaseLocation database, ILogger<KeyFolderImport> logger)
{
    public async Task ImportAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(database.KeysFolder))
        {
            return;
        }
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var known = (await context.DataProtectionKeys.Select(key => key.FriendlyName).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var file in Directory.GetFiles(database.KeysFolder, "*.xml"))
        {
            // The file system key store names each file after the key; the database store keeps that as the friendly name.
            var name = Path.GetFileNameWithoutExtension(file);
            if (!known.Contains(name) && Read(file) is { } xml)
            {
                context.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = xml });
            }
        }
        var imported = await context.SaveChangesAsync(cancellationToken);
        if (imported > 0)
        {
            logger.LogInformation("Moved {Count} data-protection key(s) from {Folder} into the database", imported, database.KeysFolder);
        }
    }

    private string? Read(string file)
    {
        try
        {
            return XElement.Load(file).ToString(SaveOptions.DisableFormatting);
        }
        catch (XmlException exception)
        {
            logger.LogWarning("Skipped {File}: not a data-protection key ({Reason})", file, exception.Message);
            return null;
        }
    }
}
