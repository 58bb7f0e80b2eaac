using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Benchmarks.Runner;
using Workflows.Blazor.Components.Canvas;
using Workflows.Blazor.Components.Editor;
using Workflows.Blazor.Components.Pages;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;
using Workflows.Engine.Tests.Support;

namespace Workflows.Benchmarks.Editor;

/// <summary>
/// The editor page on a large workflow, rendered by Blazor's renderer over the real app's services: the server's
/// time to commit one edit of a step's text field, sent as the browser sends it (the box's change event: apply,
/// validate, render the page again, counting the renders), and to open the data picker on the last step with its
/// button (the typed tree of everything before it, drawn). The browser's share, a WebSocket message each way and
/// the DOM patch, is not in these numbers. Goal: a commit well within 150 ms, in one render.
/// </summary>
internal static class FieldCommitBenchmark
{
    private const string Field = "parameters.body";

    public static async Task RunAsync(int steps, int edits)
    {
        await using var app = await BenchmarkApp.StartAsync();
        var workflow = WithEmailLast(GeneratedWorkflows.Branching(steps));
        var id = (await app.Services.GetRequiredService<WorkflowCommands>().ImportAsync(workflow, "benchmark")).Id;
        var email = workflow.Steps[^1].Slug;

        await using var scope = app.Services.CreateAsyncScope();
        await using var renderer = new HeadlessRenderer(new NoBrowser(scope.ServiceProvider));
        await renderer.RenderAsync<EditorPage>(new Dictionary<string, object?> { [nameof(EditorPage.Id)] = id });
        if (!renderer.Components<WorkflowCanvas>().Any())
        {
            throw new InvalidOperationException("The editor did not draw the workflow.", renderer.Problems.FirstOrDefault());
        }
        await renderer.Dispatcher.InvokeAsync(() => renderer.Components<WorkflowCanvas>().Single().NodeClickedAsync(email, additive: false));

        var commits = new List<double>();
        var renders = new List<double>();
        var opens = new List<double>();
        for (var i = 0; i <= edits; i++)
        {
            var text = $"Hello {i}";
            var change = await renderer.HandlerAsync(Field, "change");
            var batches = renderer.Batches;
            var clock = Stopwatch.StartNew();
            await renderer.DispatchAsync(change, new ChangeEventArgs { Value = text });
            var committed = clock.Elapsed.TotalMilliseconds;
            var rendered = renderer.Batches - batches;
            if (renderer.Components<StepPanel>().Last().Step.Config["parameters"]?["body"]?.GetValue<string>() != text)
            {
                throw new InvalidOperationException("The edit did not reach the step panel.", renderer.Problems.FirstOrDefault());
            }

            var pick = await renderer.HandlerAsync($"pick-{Field}", "click");
            clock.Restart();
            await renderer.DispatchAsync(pick, new MouseEventArgs());
            var opened = clock.Elapsed.TotalMilliseconds;
            var picker = renderer.Components<DataPicker>().LastOrDefault();
            if (picker is null || picker.Nodes.Count < steps / 4)
            {
                throw new InvalidOperationException($"The data picker offered {picker?.Nodes.Count ?? 0} earlier steps.", renderer.Problems.FirstOrDefault());
            }
            await renderer.DispatchAsync(await renderer.HandlerAsync($"pick-{Field}", "click"), new MouseEventArgs());
            // The first round warms up the JIT and the page's caches.
            if (i > 0)
            {
                commits.Add(committed);
                renders.Add(rendered);
                opens.Add(opened);
            }
        }
        Console.WriteLine($"editor, {workflow.Steps.Count} steps, {edits} edits of the last step's email body (server time)");
        Report("field commit (the box's change event: apply, validate, render the page)", commits);
        Console.WriteLine($"renders per commit: {renders.Average():F1}");
        Report("data picker open (the field's picker button: typed tree, drawn)", opens);
    }

    private static void Report(string what, List<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        double At(double share) => sorted[Math.Min(sorted.Count - 1, (int)(share * sorted.Count))];
        Console.WriteLine($"{what}: median {At(0.5):F1} ms, p90 {At(0.9):F1} ms, max {sorted[^1]:F1} ms");
    }

    /// <summary>The generated workflow with its last action turned into an email whose body a marketer edits.</summary>
    private static WorkflowDefinition WithEmailLast(WorkflowDefinition workflow)
    {
        var last = workflow.Steps.Last(s => s.Type == StepTypes.Action);
        var email = last with
        {
            Config = new JsonObject
            {
                ["type"] = "email_send",
                ["parameters"] = new JsonObject { ["to"] = "{{input.email}}", ["subject"] = "Hello", ["body"] = "Hello" },
            },
        };
        return workflow with { Steps = [.. workflow.Steps.Where(s => s != last), email] };
    }
}
