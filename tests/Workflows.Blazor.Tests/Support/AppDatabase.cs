using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Tests.Support;

/// <summary>Reads the app's SQLite file directly, for what the API does not show (schedules, timers, run lists).</summary>
internal static class AppDatabase
{
    public static async Task<T> QueryAsync<T>(this AppFactory app, Func<AppDbContext, Task<T>> query)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public static Task<List<ExecutionEntity>> ExecutionsOfAsync(this AppFactory app, string workflowId) =>
        app.QueryAsync(db => db.Executions.AsNoTracking().Where(e => e.WorkflowId == workflowId).OrderBy(e => e.CreatedAt).ToListAsync());

    /// <summary>Waits until the workflow has at least <paramref name="count"/> executions; runs are started in the background.</summary>
    public static Task<List<ExecutionEntity>> WaitForExecutionsAsync(this AppFactory app, string workflowId, int count) =>
        Poll.UntilAsync(
            () => app.ExecutionsOfAsync(workflowId),
            executions => executions.Count >= count,
            executions => $"Workflow {workflowId} has {executions.Count} execution(s), expected {count}.");

    public static Task<ScheduleEntity> ScheduleOfAsync(this AppFactory app, string workflowId) =>
        app.QueryAsync(db => db.Schedules.AsNoTracking().SingleAsync(s => s.WorkflowId == workflowId));

    /// <summary>Waits until the outbox has dispatched every event the app raised.</summary>
    public static Task<int> WaitForEmptyEventOutboxAsync(this AppFactory app) =>
        Poll.UntilAsync(
            () => app.QueryAsync(db => db.EventOutbox.CountAsync()),
            pending => pending == 0,
            pending => $"{pending} event(s) are still waiting in the outbox.");
}
