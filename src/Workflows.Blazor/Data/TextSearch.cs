using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Workflows.Blazor.Data;

/// <summary>
/// "Contains, ignoring case" over text columns, the same on every provider: the words people type in a search box
/// match whatever case the stored text has. Each provider's context names its own case-insensitive LIKE.
/// </summary>
public static class TextSearch
{
    private const string Escape = "\\";

    /// <summary>Rows where any of <paramref name="columns"/> contains <paramref name="term"/> (trimmed; % and _ are plain characters).</summary>
    public static Expression<Func<T, bool>> Contains<T>(AppDbContext db, string term, params Expression<Func<T, string?>>[] columns)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var pattern = new LikePattern("%" + term.Trim().Replace(Escape, Escape + Escape).Replace("%", Escape + "%").Replace("_", Escape + "_") + "%");
        // A property of a captured object, so EF Core sends the pattern as a parameter rather than into the SQL text.
        var patternValue = Expression.Property(Expression.Constant(pattern), nameof(LikePattern.Value));
        var body = columns
            .Select(column => (Expression)Expression.Call(db.CaseInsensitiveLike, Expression.Constant(EF.Functions), Rebind(column, row), patternValue, Expression.Constant(Escape)))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    /// <summary>Rows that match <paramref name="first"/> or <paramref name="second"/>.</summary>
    public static Expression<Func<T, bool>> Or<T>(this Expression<Func<T, bool>> first, Expression<Func<T, bool>> second) =>
        Expression.Lambda<Func<T, bool>>(Expression.OrElse(first.Body, Rebind(second, first.Parameters[0])), first.Parameters);

    private static Expression Rebind(LambdaExpression lambda, ParameterExpression row) => new ParameterSwap(lambda.Parameters[0], row).Visit(lambda.Body);

    private sealed record LikePattern(string Value);

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
