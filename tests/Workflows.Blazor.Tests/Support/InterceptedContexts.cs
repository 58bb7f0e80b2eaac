using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Sqlite;

namespace Workflows.Blazor.Tests.Support;

/// <summary>
/// Contexts on the app's database file, with the app's pragmas and one more interceptor: a command service built over
/// them (<c>ActivatorUtilities.CreateInstance</c>) lets a test stop it at a chosen point, to make a race happen for sure.
/// </summary>
public sealed class InterceptedContexts(IServiceProvider services, IInterceptor interceptor) : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlite(services.GetRequiredService<DatabaseLocation>().ConnectionString)
        .AddInterceptors(services.GetRequiredService<SqlitePragmaInterceptor>(), interceptor)
        .Options);
}
