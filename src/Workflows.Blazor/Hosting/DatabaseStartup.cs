using Workflows.Blazor.Data;
using Workflows.Blazor.Demo;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Hosting;

/// <summary>
/// Readies the database before anything uses it, the same way for the web app and the command line: created or
/// migrated, the key files of older installations moved in, then the demo store on first use.
/// </summary>
public sealed class DatabaseStartup(IDatabaseInitializer initializer, KeyFolderImport keys, DemoDataSeeder demo)
{
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        await initializer.InitializeAsync(cancellationToken);
        await keys.ImportAsync(cancellationToken);
        await demo.SeedAsync(cancellationToken);
    }
}
