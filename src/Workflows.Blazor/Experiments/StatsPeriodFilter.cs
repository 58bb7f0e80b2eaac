using System.Linq.Expressions;

namespace Workflows.Blazor.Experiments;

/// <summary>Keeps the rows whose moment falls in a <see cref="StatsPeriod"/>: at or after its start, before its end; an open end keeps all.</summary>
public static class StatsPeriodFilter
{
    public static IQueryable<T> Within<T>(this IQueryable<T> rows, Expression<Func<T, DateTimeOffset>> at, StatsPeriod period)
    {
        if (period.From is { } from)
        {
            rows = rows.Where(Compare(at, () => from, Expression.GreaterThanOrEqual));
        }
        if (period.To is { } to)
        {
            rows = rows.Where(Compare(at, () => to, Expression.LessThan));
        }
        return rows;
    }

    /// <summary>The bound is read from a closure, so the database gets it as a parameter, as a written <c>r.At &gt;= from</c> would.</summary>
    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, DateTimeOffset>> at, Expression<Func<DateTimeOffset>> bound,
        Func<Expression, Expression, BinaryExpression> comparison) =>
        Expression.Lambda<Func<T, bool>>(comparison(at.Body, bound.Body), at.Parameters);
}
