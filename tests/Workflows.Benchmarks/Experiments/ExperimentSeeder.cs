using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Workflows.Engine.Experiments;

namespace Workflows.Benchmarks.Experiments;

/// <summary>
/// Fills a database with one experiment's recorded runs, as a busy win-back campaign leaves them: a trigger, a split of A 45%,
/// B 45% and a 10% holdout, and an offer step on A and B, each run with its step records, spread over 90 days; 8% of A's, 12% of
/// B's and 5% of the holdout's contacts converted. One transaction, prepared commands.
/// </summary>
internal static class ExperimentSeeder
{
    public const string WorkflowId = "wf_experiment";
    private const string Split = "ab_test";
    private static readonly SplitPath[] Paths = [new("A", 45), new("B", 45), new("Holdout", 10, true)];
    private static readonly Dictionary<string, double> ConversionRate = new() { ["A"] = 0.08, ["B"] = 0.12, ["Holdout"] = 0.05 };

    public static string Definition => $$"""
        { "name": "Win back", "config": { "goals": [ { "name": "Order", "event": "order.placed", "window": "7 days" } ] }, "steps": [
          { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "{{Split}}" } },
          { "stepSlug": "{{Split}}", "stepType": "split", "config": { "paths": [ { "name": "A", "weight": 45 }, { "name": "B", "weight": 45 },
            { "name": "Holdout", "weight": 10, "holdout": true } ] }, "nextSteps": { "A": "offer_a", "B": "offer_b" } },
          { "stepSlug": "offer_a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "offer": "10% off" } } },
          { "stepSlug": "offer_b", "stepType": "action", "config": { "type": "set_variables", "parameters": { "offer": "Free shipping" } } } ] }
        """;

    public static async Task<TimeSpan> SeedAsync(string databasePath, int runs, DateTimeOffset now)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using (var workflow = connection.CreateCommand())
        {
            workflow.CommandText = "INSERT INTO Workflows (Id, Name, DraftJson, IsActive, CreatedAt, UpdatedAt) VALUES ($id, 'Win back', $draft, 1, $at, $at)";
            workflow.Parameters.AddWithValue("$id", WorkflowId);
            workflow.Parameters.AddWithValue("$draft", Definition);
            workflow.Parameters.AddWithValue("$at", now.AddDays(-120).UtcTicks);
            await workflow.ExecuteNonQueryAsync();
        }
        await using var execution = Command(connection, """
            INSERT INTO Executions (Id, WorkflowId, Version, Status, TriggerType, SubjectId, IsTest, StateJson, StepCount, CancelRequested, CreatedAt, StartedAt, EndedAt, UpdatedAt)
            VALUES ($id, $workflow, 1, 'Completed', 'manual', $subject, 0, '{}', $steps, 0, $created, $created, $created, $created)
            """, "$id", "$workflow", "$subject", "$steps", "$created");
        await using var step = Command(connection, """
            INSERT INTO ExecutionSteps (ExecutionId, Sequence, StepSlug, StepType, Attempt, Status, Port, StartedAt, DurationMs)
            VALUES ($execution, $sequence, $slug, $type, 1, 'Completed', $port, $started, 1.5)
            """, "$execution", "$sequence", "$slug", "$type", "$port", "$started");
        await using var conversion = Command(connection, """
            INSERT INTO Conversions (Id, WorkflowId, Version, ExecutionId, Goal, EventType, ContactId, RunStartedAt, ConvertedAt)
            VALUES ($id, $workflow, 1, $execution, 'Order', 'order.placed', $subject, $started, $converted)
            """, "$id", "$workflow", "$execution", "$subject", "$started", "$converted");

        var random = new Random(23);
        for (var i = 0; i < runs; i++)
        {
            var id = $"run_{i:x8}";
            var contact = $"cust_{i:D7}";
            var created = now.AddDays(-90).AddTicks((long)(random.NextDouble() * TimeSpan.FromDays(90).Ticks));
            var path = SplitAssignment.Choose(Paths, SplitAssignment.Place(WorkflowId, Split, contact));
            (string Slug, string Type, string Port)[] steps = path.Holdout
                ? [("start", "trigger", "success"), (Split, "split", path.Name)]
                : [("start", "trigger", "success"), (Split, "split", path.Name), ($"offer_{path.Name.ToLowerInvariant()}", "action", "success")];
            Set(execution, ("$id", id), ("$workflow", WorkflowId), ("$subject", contact), ("$steps", steps.Length), ("$created", created.UtcTicks));
            await execution.ExecuteNonQueryAsync();
            for (var n = 0; n < steps.Length; n++)
            {
                Set(step, ("$execution", id), ("$sequence", n + 1), ("$slug", steps[n].Slug), ("$type", steps[n].Type), ("$port", steps[n].Port),
                    ("$started", created.AddMilliseconds(n * 5).UtcTicks));
                await step.ExecuteNonQueryAsync();
            }
            if (random.NextDouble() < ConversionRate[path.Name])
            {
                Set(conversion, ("$id", $"conv_{i:x8}"), ("$workflow", WorkflowId), ("$execution", id), ("$subject", contact),
                    ("$started", created.UtcTicks), ("$converted", created.AddDays(2).UtcTicks));
                await conversion.ExecuteNonQueryAsync();
            }
        }
        await transaction.CommitAsync();
        return clock.Elapsed;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value;
        }
    }
}
