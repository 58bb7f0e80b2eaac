using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Workflows.Blazor.Data;

/// <summary>
/// Inserts a row unless its key is taken (INSERT ... ON CONFLICT DO NOTHING, which SQLite and PostgreSQL both speak), for
/// rows that several app instances may create at the same moment: the instance that loses the race inserts nothing,
/// where a plain insert would fail on the key and be logged as a database error.
/// </summary>
public static class InsertIfAbsent
{
    /// <summary>True when this call inserted <paramref name="row"/>; false when a row with its key was there.</summary>
    public static async Task<bool> InsertIfAbsentAsync<TEntity>(this AppDbContext db, TEntity row, CancellationToken cancellationToken)
        where TEntity : class
    {
        var type = db.Model.FindEntityType(typeof(TEntity))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = type.GetProperties().ToList();
        var insert = "INSERT INTO " + sql.DelimitIdentifier(table.Name, table.Schema)
            + " (" + string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!))) + ")"
            + " VALUES (" + string.Join(", ", columns.Select((_, i) => "{" + i + "}")) + ") ON CONFLICT DO NOTHING";
        var values = columns.Select(c => StoredValue(c, c.GetGetter().GetClrValue(row))).ToArray();
        return await db.Database.ExecuteSqlRawAsync(insert, values, cancellationToken) == 1;
    }

    // Raw SQL bypasses the model's value converters (e.g. times stored as UTC ticks): the value is given as stored.
    private static object StoredValue(IProperty column, object? value) =>
        (column.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
}
