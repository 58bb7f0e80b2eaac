using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Benchmarks.Runner;

/// <summary>
/// Timer lateness under load: <c>pending</c> executions waiting at once (one real waiting run, cloned in the
/// database), the first <c>due</c> of them due evenly over <c>spread</c> and the rest a day later; for each that came
/// due, how long after its due time the resumed run's next step started. The app's own timer waker fires them.
/// </summary>
internal static class TimerLateness
{
    public static async Task RunAsync(int pending, int due, TimeSpan spread)
    {
        await using var app = await BenchmarkApp.StartAsync();
        var workflowId = await app.ActivateAsync(BenchmarkWorkflows.WaitThenGreet);
        Console.WriteLine($"\n== Timer lateness: {pending} waiting executions, {due} of them due over {spread.TotalSeconds:F0} s");

        using var response = await app.Api.PostAsJsonAsync($"/api/workflows/{workflowId}/runs", new { });
        response.EnsureSuccessStatusCode();
        var templateId = (await response.Content.ReadFromJsonAsync<JsonObject>())!["executionId"]!.GetValue<string>();
        await app.WaitForCountAsync("SELECT COUNT(*) FROM Timers WHERE ExecutionId = $id", 1, TimeSpan.FromMilliseconds(10), ("$id", templateId));

        var contexts = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var seeding = System.Diagnostics.Stopwatch.StartNew();
        await CloneAsync(contexts, templateId, pending - 1);
        Console.WriteLine($"seeded {pending - 1} clones of a waiting run in {seeding.Elapsed.TotalSeconds:F1} s");

        // Due times from 2 s from now, evenly over the spread, in timer order; the timers after the first `due` a day later.
        var first = DateTimeOffset.UtcNow.AddSeconds(2).UtcTicks;
        var gap = spread.Ticks / due;
        var later = TimeSpan.FromDays(1).Ticks;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE Timers SET DueAt = CASE WHEN Id - (SELECT MIN(Id) FROM Timers) < {due}
                    THEN {first} + (Id - (SELECT MIN(Id) FROM Timers)) * {gap}
                    ELSE {first} + {later} END
                WHERE Status = 'Pending'
                """);
        }
        Console.WriteLine($"pending timers: {await app.CountAsync("SELECT COUNT(*) FROM Timers WHERE Status = 'Pending'")}");

        await app.WaitForCompletedAsync(due, spread + TimeSpan.FromMinutes(2));
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var lateness = await db.Timers.AsNoTracking()
                .Join(db.ExecutionSteps.AsNoTracking().Where(s => s.StepSlug == "greet"), t => t.ExecutionId, s => s.ExecutionId,
                    (t, s) => new { t.DueAt, t.FiredAt, s.StartedAt })
                .ToListAsync();
            Console.WriteLine($"due → fired:               {new Percentiles(lateness.Select(l => (l.FiredAt!.Value - l.DueAt!.Value).TotalMilliseconds))}");
            Console.WriteLine($"fired → next step started: {new Percentiles(lateness.Select(l => (l.StartedAt - l.FiredAt!.Value).TotalMilliseconds))}");
            Console.WriteLine($"due → next step started:   {new Percentiles(lateness.Select(l => (l.StartedAt - l.DueAt!.Value).TotalMilliseconds))}");
        }
    }

    /// <summary>Copies of a waiting execution with its step records and pending timer, each under a new id.</summary>
    private static async Task CloneAsync(IDbContextFactory<AppDbContext> contexts, string templateId, int count)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var execution = await db.Executions.AsNoTracking().SingleAsync(e => e.Id == templateId);
        var steps = await db.ExecutionSteps.AsNoTracking().Where(s => s.ExecutionId == templateId).ToListAsync();
        var timer = await db.Timers.AsNoTracking().SingleAsync(t => t.ExecutionId == templateId);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < count; i++)
        {
            var id = $"{templateId}-{i}";
            var clone = (ExecutionEntity)db.Entry(execution).CurrentValues.ToObject();
            clone.Id = id;
            clone.StateJson = execution.StateJson.Replace(templateId, id, StringComparison.Ordinal);
            db.Executions.Add(clone);
            foreach (var step in steps)
            {
                var stepClone = (ExecutionStepEntity)db.Entry(step).CurrentValues.ToObject();
                stepClone.Id = 0;
                stepClone.ExecutionId = id;
                db.ExecutionSteps.Add(stepClone);
            }
            var timerClone = (TimerEntity)db.Entry(timer).CurrentValues.ToObject();
            timerClone.Id = 0;
            timerClone.ExecutionId = id;
            db.Timers.Add(timerClone);
        }
        await db.SaveChangesAsync();
    }
}
