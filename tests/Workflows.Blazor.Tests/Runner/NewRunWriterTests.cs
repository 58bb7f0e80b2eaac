using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Runner;

/// <summary>The group commit of new runs: many starts at once, each answered only after its run is stored, one fault failing one run.</summary>
public sealed class NewRunWriterTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task ManyStartsAtOnce_EachAnsweredOnlyOnceItsRunAndStepsAreStored()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Greeting());
        await api.ActivateAsync(workflowId);

        var started = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            var executionId = await api.StartRunAsync(workflowId, new { input = new { name = $"Customer {i}" } });
            return (executionId, Steps: await DatabaseFile.CountAsync(_app.DatabasePath,
                "SELECT COUNT(*) FROM ExecutionSteps WHERE ExecutionId = $id", ("$id", executionId)));
        }));

        Assert.Equal(40, started.Select(s => s.executionId).Distinct().Count());
        Assert.All(started, run => Assert.Equal(2, run.Steps));
    }

    [Fact]
    public async Task RunThatCannotBeStored_FailsAlone_WhileTheRunsHandedInWithItAreStored()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Greeting());
        await api.ActivateAsync(workflowId);
        var starter = _app.Services.GetRequiredService<ExecutionStarter>();
        var writer = _app.Services.GetRequiredService<NewRunWriter>();
        var definition = WorkflowJson.Parse(TestWorkflows.Greeting());
        NewRun Run() => new(starter.NewExecution(new RunRequest(workflowId, null, TriggerTypes.Manual), 1, definition), []);
        var first = Run();
        await writer.SaveAsync(first);

        var others = Enumerable.Range(0, 20).Select(_ => Run()).ToList();
        var again = Run();
        again.Execution.Id = first.Execution.Id;
        var saves = others.Take(10).Append(again).Concat(others.Skip(10)).Select(writer.SaveAsync).ToList();

        await Assert.ThrowsAsync<DbUpdateException>(() => saves[10]);
        await Task.WhenAll(saves.Where((_, i) => i != 10));
        Assert.Equal(21, await DatabaseFile.CountAsync(_app.DatabasePath, "SELECT COUNT(*) FROM Executions"));
    }

    public void Dispose() => _app.Dispose();
}
