using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Security;

/// <summary>
/// The data-protection keys live in the database, so every instance on one database opens what another encrypted;
/// an installation from before keeps the key files it had, moved in on the first start (runs on both providers).
/// </summary>
public sealed class SharedKeysTests
{
    [Fact]
    public async Task ASecretEncryptedBeforeTheUpgrade_StillOpens_AndItsKeyMovedIntoTheDatabase()
    {
        using var app = new AppFactory();
        var keysFolder = Path.Combine(Path.GetDirectoryName(app.DatabasePath)!, "keys");
        var oldInstallation = DataProtectionProvider.Create(new DirectoryInfo(keysFolder), builder => builder.SetApplicationName("Workflows.Blazor"));
        var encrypted = SecretProtection.For(oldInstallation).Protect("sk-live-before-the-upgrade");

        var opened = SecretProtection.For(app.Services.GetRequiredService<IDataProtectionProvider>()).Unprotect(encrypted);

        Assert.Equal("sk-live-before-the-upgrade", opened);
        var keyFile = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(keysFolder, "*.xml")));
        Assert.Contains(keyFile, await KeyNamesAsync(app));
    }

    [Fact]
    public async Task ANewInstallation_KeepsItsKeysInTheDatabase_NotInAFolder()
    {
        using var app = new AppFactory();

        SecretProtection.For(app.Services.GetRequiredService<IDataProtectionProvider>()).Protect("hello");

        Assert.NotEmpty(await KeyNamesAsync(app));
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(app.DatabasePath)!, "keys")));
    }

    [Fact]
    public async Task AFileInTheKeysFolderThatIsNotAKey_IsSkipped_NotAFailedStart()
    {
        using var app = new AppFactory();
        var keysFolder = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(app.DatabasePath)!, "keys")).FullName;
        await File.WriteAllTextAsync(Path.Combine(keysFolder, "notes.xml"), "not xml at all");

        var encrypted = SecretProtection.For(app.Services.GetRequiredService<IDataProtectionProvider>()).Protect("hello");

        Assert.DoesNotContain("notes", await KeyNamesAsync(app));
        Assert.NotEmpty(encrypted);
    }

    private static async Task<List<string?>> KeyNamesAsync(AppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.DataProtectionKeys.Select(key => key.FriendlyName).ToListAsync();
    }
}
