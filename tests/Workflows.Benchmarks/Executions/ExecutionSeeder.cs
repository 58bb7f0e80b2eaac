using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Workflows.Benchmarks.Executions;

/// <summary>
/// Fills a database with executions as months of use leave them: eight workflows, every status and trigger,
/// spread over 90 days, each with three step records and its input and state JSON; or day by day with finished runs
/// only, as a steady load leaves them. One transaction per call, prepared commands.
/// </summary>
internal static class ExecutionSeeder
{
    public const string SearchedEmail = "ada.lovelace@example.com";
    private const int StepsPerExecution = 3;
    private static readonly string[] Statuses = ["Completed", "Completed", "Completed", "Completed", "Completed", "Completed", "Failed", "Waiting", "Cancelled"];
    private static readonly string[] Triggers = ["manual", "schedule", "webhook", "event", "follow_up"];
    private static readonly string[] Workflows = ["Welcome series", "Abandoned cart", "VIP offer", "Win-back", "Order follow-up", "Review request", "Birthday", "Lead scoring"];
    private static readonly string[] Finished = ["Completed", "Completed", "Completed", "Completed", "Completed", "Completed", "Completed", "Completed", "Failed", "Cancelled"];

    /// <summary>Months of use: <paramref name="executions"/> of every status over the 90 days before <paramref name="now"/>.</summary>
    public static async Task<TimeSpan> SeedAsync(string databasePath, int executions, DateTimeOffset now)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = await OpenAsync(databasePath);
        await AddWorkflowsAsync(connection, now.AddDays(-120));
        await AddExecutionsAsync(connection, new Random(7), 0, executions, now.AddDays(-90), TimeSpan.FromDays(90), Statuses);
        return clock.Elapsed;
    }

    /// <summary>
    /// One day of steady use: <paramref name="executions"/> finished runs (completed, failed, cancelled) ended during the day
    /// starting at <paramref name="day"/>, numbered from <paramref name="first"/> so that their ids never repeat.
    /// </summary>
    public static async Task AddFinishedDayAsync(string databasePath, Random random, int first, int executions, DateTimeOffset day)
    {
        await using var connection = await OpenAsync(databasePath);
        if (first == 0)
        {
            await AddWorkflowsAsync(connection, day);
        }
        await AddExecutionsAsync(connection, random, first, executions, day, TimeSpan.FromDays(1), Finished);
    }

    private static async Task<SqliteConnection> OpenAsync(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task AddWorkflowsAsync(SqliteConnection connection, DateTimeOffset at)
    {
        for (var w = 0; w < Workflows.Length; w++)
        {
            await using var workflow = connection.CreateCommand();
            workflow.CommandText = """
                INSERT INTO Workflows (Id, Name, DraftJson, IsActive, CreatedAt, UpdatedAt)
                VALUES ($id, $name, '{"steps":[]}', 1, $at, $at)
                """;
            workflow.Parameters.AddWithValue("$id", $"wf_{w}");
            workflow.Parameters.AddWithValue("$name", Workflows[w]);
            workflow.Parameters.AddWithValue("$at", at.UtcTicks);
            await workflow.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Executions <paramref name="first"/>… created between <paramref name="from"/> and <paramref name="span"/> later, in one transaction.</summary>
    private static async Task AddExecutionsAsync(
        SqliteConnection connection, Random random, int first, int executions, DateTimeOffset from, TimeSpan span, string[] statuses)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var execution = connection.CreateCommand();
        execution.CommandText = """
            INSERT INTO Executions (Id, WorkflowId, Version, Status, TriggerType, SubjectId, IsTest, InputJson, StateJson, CurrentStep,
                                    StepCount, Error, FailedStep, CancelRequested, CreatedAt, StartedAt, EndedAt, UpdatedAt)
            VALUES ($id, $workflow, 1, $status, $trigger, $subject, 0, $input, $state, $current, $steps, $error, $failed, 0, $created, $created, $ended, $created)
            """;
        var e = Parameters(execution, "$id", "$workflow", "$status", "$trigger", "$subject", "$input", "$state", "$current", "$steps", "$error", "$failed", "$created", "$ended");
        await using var step = connection.CreateCommand();
        step.CommandText = """
            INSERT INTO ExecutionSteps (ExecutionId, Sequence, StepSlug, StepType, Attempt, Status, InputJson, OutputJson, Port, StartedAt, DurationMs)
            VALUES ($execution, $sequence, $slug, 'action', 1, $status, $input, $output, 'success', $started, 12.5)
            """;
        var s = Parameters(step, "$execution", "$sequence", "$slug", "$status", "$input", "$output", "$started");
        execution.Prepare();
        step.Prepare();

        for (var i = first; i < first + executions; i++)
        {
            var id = $"{i:x8}{random.Next():x8}{random.Next():x8}";
            var status = statuses[random.Next(statuses.Length)];
            var customer = $"cust_{random.Next(20_000):D5}";
            var email = i % 9_973 == 0 ? SearchedEmail : $"{customer}@example.com";
            var created = from.AddTicks((long)(random.NextDouble() * span.Ticks));
            var input = $$"""{"customerId":"{{customer}}","email":"{{email}}","orderId":"o{{i}}","total":{{random.Next(5, 900)}}.{{random.Next(10, 99)}},"items":[{"sku":"SKU-{{random.Next(300)}}","qty":{{random.Next(1, 4)}}}],"source":"shop"}""";
            var failed = status == "Failed";
            e["$id"].Value = id;
            e["$workflow"].Value = $"wf_{random.Next(Workflows.Length)}";
            e["$status"].Value = status;
            e["$trigger"].Value = Triggers[random.Next(Triggers.Length)];
            e["$subject"].Value = customer;
            e["$input"].Value = input;
            e["$state"].Value = $$$"""{"executionId":"{{{id}}}","input":{{{input}}},"variables":{"segment":"regular","score":{{{random.Next(100)}}}},"steps":{"start":{"output":{{{input}}},"port":"success"},"lookup":{"output":{"id":"{{{customer}}}","name":"Customer {{{customer}}}","email":"{{{email}}}","tier":"gold"},"port":"success"},"send":{"output":{"messageId":"m{{{i}}}","status":"sent"},"port":"success"}},"status":"{{{status.ToLowerInvariant()}}}","stepRuns":3}""";
            e["$current"].Value = failed ? "send" : DBNull.Value;
            e["$steps"].Value = StepsPerExecution;
            e["$error"].Value = failed ? "The mail server did not answer within 30 seconds." : DBNull.Value;
            e["$failed"].Value = failed ? "send" : DBNull.Value;
            e["$created"].Value = created.UtcTicks;
            e["$ended"].Value = status == "Waiting" ? DBNull.Value : created.AddSeconds(2).UtcTicks;
            await execution.ExecuteNonQueryAsync();

            string[] slugs = ["start", "lookup", "send"];
            for (var n = 0; n < StepsPerExecution; n++)
            {
                s["$execution"].Value = id;
                s["$sequence"].Value = n + 1;
                s["$slug"].Value = slugs[n];
                s["$status"].Value = failed && n == 2 ? "Failed" : "Completed";
                s["$input"].Value = n == 0 ? input : $$"""{"customerId":"{{customer}}"}""";
                s["$output"].Value = $$"""{"ok":true,"customerId":"{{customer}}"}""";
                s["$started"].Value = created.AddMilliseconds(n * 20).UtcTicks;
                await step.ExecuteNonQueryAsync();
            }
        }
        await transaction.CommitAsync();
    }

    private static Dictionary<string, SqliteParameter> Parameters(SqliteCommand command, params string[] names) =>
        names.ToDictionary(name => name, name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        });
}
