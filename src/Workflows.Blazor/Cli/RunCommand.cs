using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Engine.Runtime;
using Workflows.Engine.Templating;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Cli;

/// <summary>
/// <c>run FILE --input JSON [--test-outputs FILE] [--test] [--json]</c>: runs a workflow in memory and prints each step
/// and the result. Like the API, sample outputs make it a test run, in which LLM steps also use their own <c>testOutput</c>.
/// </summary>
public static class RunCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The workflow JSON file." };
        var input = new Option<string?>("--input") { Description = "The run's input as JSON, e.g. '{\"customerId\":\"cust_456\"}'." };
        var threadId = new Option<string?>("--thread-id") { Description = "A conversation thread shared by the run's LLM steps." };
        var testOutputs = new Option<FileInfo?>("--test-outputs")
        {
            Description = "A JSON file of sample outputs by step, e.g. {\"assess\": {\"status\": \"vip\"}}; makes this a test run.",
        };
        var test = new Option<bool>("--test") { Description = "A test run: LLM steps answer with their testOutput instead of a model." };
        var json = new Option<bool>("--json") { Description = "Print the whole execution record as JSON." };
        var command = new Command("run", "Run a workflow once and print what each step did.") { file, input, threadId, testOutputs, test, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var definition = context.ReadWorkflow(parse.GetValue(file)!);
            if (definition is null)
            {
                return ExitCodes.Failed;
            }
            if (!TryParseInput(parse.GetValue(input), context.Error, out var inputNode)
                || !TryReadTestOutputs(parse.GetValue(testOutputs), context.Error, out var samples))
            {
                return ExitCodes.Usage;
            }
            var report = context.Services.GetRequiredService<WorkflowValidator>().Validate(definition);
            if (!report.IsValid)
            {
                ValidateCommand.Print(context.Error, report);
                return ExitCodes.Failed;
            }

            // Runs read the app's secrets, so they need its database.
            await context.OpenDatabaseAsync(cancellationToken);
            var executor = context.Services.GetRequiredService<WorkflowExecutor>();
            var journal = new InMemoryJournal();
            var state = executor.Start(definition, new StartRequest
            {
                Input = inputNode,
                ThreadId = parse.GetValue(threadId),
                IsTest = parse.GetValue(test) || samples is not null,
                TestOutputs = samples,
            });
            await executor.RunAsync(definition, state, journal, cancellationToken);

            if (parse.GetValue(json))
            {
                context.Output.WriteLine(ExecutionJson.ToJson(state, journal.Records).ToJsonString(Indented));
            }
            else
            {
                PrintSteps(context.Output, journal.Records);
                PrintStatus(context.Output, state);
            }
            return state.Status is ExecutionStatus.Failed ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    private static bool TryParseInput(string? text, TextWriter error, out JsonNode? input)
    {
        input = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        try
        {
            input = JsonNode.Parse(text);
            return true;
        }
        catch (JsonException ex)
        {
            error.WriteLine($"error: --input is not valid JSON: {ex.Message}");
            return false;
        }
    }

    private static bool TryReadTestOutputs(FileInfo? file, TextWriter error, out JsonObject? samples)
    {
        samples = null;
        if (file is null)
        {
            return true;
        }
        try
        {
            if (JsonNode.Parse(File.ReadAllText(file.FullName)) is JsonObject bySlug)
            {
                samples = bySlug;
                return true;
            }
            error.WriteLine($"error: --test-outputs: {file.Name} should hold a JSON object of sample outputs by step, e.g. {{\"assess\": {{\"status\": \"vip\"}}}}.");
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: --test-outputs: cannot read {file.Name}: {ex.Message}");
        }
        return false;
    }

    private static void PrintSteps(TextWriter output, IReadOnlyList<StepRecord> records)
    {
        foreach (var record in records)
        {
            var loop = record.LoopPath is null ? "" : $" [item {record.LoopPath}]";
            var result = record.Status switch
            {
                StepRecordStatus.Failed => $"failed: {record.Error}",
                StepRecordStatus.Waiting => "waiting",
                _ => $"→ {record.Port}",
            };
            output.WriteLine($"{record.Sequence,4}. {record.StepSlug} ({record.StepType}){loop} {result}  {record.Duration.TotalMilliseconds:0.0} ms");
            if (record.Output is not null)
            {
                output.WriteLine($"      output: {Shorten(JsonText.ToText(record.Output))}");
            }
        }
    }

    private static void PrintStatus(TextWriter output, ExecutionState state)
    {
        output.WriteLine($"status: {state.Status.ToString().ToLowerInvariant()}");
        if (state.Error is not null)
        {
            output.WriteLine($"error at {state.FailedStep}: {state.Error}");
        }
        if (state.Bookmark is { } bookmark)
        {
            var until = bookmark.DueAt is { } due ? $" until {due:O}" : "";
            output.WriteLine($"waiting at {bookmark.StepSlug} for {bookmark.Kind.ToString().ToLowerInvariant()}{bookmark.EventType}{until}");
        }
        if (state.Variables.Count > 0)
        {
            output.WriteLine($"variables: {state.Variables.ToJsonString()}");
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
