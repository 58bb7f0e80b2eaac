using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Workflows.Blazor.Data.Postgres;

/// <summary>
/// The app's model on PostgreSQL. A type of its own so that EF Core keeps PostgreSQL's migrations (in the Migrations
/// folder beside this file) apart from SQLite's, as EF Core advises for one model on several providers.
/// </summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
    private static readonly MethodInfo ILike =
        typeof(NpgsqlDbFunctionsExtensions).GetMethod(nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    /// <summary>PostgreSQL's LIKE minds case; ILIKE does not.</summary>
    internal override MethodInfo CaseInsensitiveLike => ILike;
}
