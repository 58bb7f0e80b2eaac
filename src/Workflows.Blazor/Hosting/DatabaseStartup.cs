using Workflows.Blazor.Data;
using Workflows.Blazor.Demo;

namespace Workflows.Blazor.Hosting;

/// <summary>Readies the database before anything uses it, the same way for the web app and the command line: created or migrated, then the demo store on first use.</summary>
public sealed class DatabaseStartup(IDatabaseInitializer initializer, DemoDataSeeder demo)
{
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        await initializer.InitializeAsync(cancellationToken);
        await demo.SeedAsync(cancellationToken);
    }
}
