using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Workflows.Blazor.Operations.PostgresCopy;

/// <summary>
/// A table read page by page in the order of its primary key, each page starting after the last key of the one before
/// (keyset paging): every page is one index seek, however far into the table, where skipping rows reads them all again.
/// </summary>
internal static class KeysetPages
{
    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!;
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo BoxMethod = typeof(KeysetPages).GetMethod(nameof(Box), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The rows ordered by <paramref name="key"/>, those after <paramref name="last"/> (the previous page's last key values) when given.</summary>
    public static IQueryable<TEntity> Page<TEntity>(IQueryable<TEntity> rows, IKey key, object?[]? last)
        where TEntity : class
    {
        var columns = key.Properties;
        if (last is not null)
        {
            rows = rows.Where(After<TEntity>(columns, last));
        }
        var ordered = rows.OrderBy(r => EF.Property<object>(r, columns[0].Name));
        return columns.Skip(1).Aggregate(ordered, (query, column) => query.ThenBy(r => EF.Property<object>(r, column.Name)));
    }

    /// <summary>The key values of <paramref name="row"/>, in the key's order, as <see cref="Page{TEntity}"/> takes them.</summary>
    public static object?[] KeyOf(DbContext db, object row, IKey key) =>
        key.Properties.Select(p => db.Entry(row).Property(p.Name).CurrentValue).ToArray();

    // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR ...: the composite key compared as a whole, in the order the pages are read.
    private static Expression<Func<TEntity, bool>> After<TEntity>(IReadOnlyList<IProperty> columns, object?[] last)
    {
        var row = Expression.Parameter(typeof(TEntity), "row");
        Expression? after = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < columns.Count; i++)
        {
            var column = Expression.Call(PropertyMethod.MakeGenericMethod(columns[i].ClrType), row, Expression.Constant(columns[i].Name));
            var value = (Expression)BoxMethod.MakeGenericMethod(columns[i].ClrType).Invoke(null, [last[i]])!;
            var greater = And(equalSoFar, GreaterThan(column, value));
            after = after is null ? greater : Expression.OrElse(after, greater);
            equalSoFar = And(equalSoFar, Expression.Equal(column, value));
        }
        return Expression.Lambda<Func<TEntity, bool>>(after!, row);
    }

    private static Expression And(Expression? left, Expression right) => left is null ? right : Expression.AndAlso(left, right);

    private static Expression GreaterThan(Expression column, Expression value) =>
        column.Type == typeof(string)
            ? Expression.GreaterThan(Expression.Call(StringCompare, column, value), Expression.Constant(0))
            : Expression.GreaterThan(column, value);

    // A value read through a box's field becomes a SQL parameter, so every page runs the same cached query.
    private static Expression Box<T>(object? value) =>
        Expression.Field(Expression.Constant(new StrongBox<T>((T)value!)), nameof(StrongBox<T>.Value));
}
