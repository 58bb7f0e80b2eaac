using System.Text.Json.Nodes;
using Workflows.Blazor.Components.Editor;
using Workflows.Blazor.Runner;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Components.Editor;

public sealed class RunPanelTests : ComponentTest
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RunPanel_ShowsAStepsOutputReadably_AsTheExecutionPageDoes()
    {
        var output = new JsonObject { ["phone"] = "+15556094766", ["sentAt"] = "2026-12-03T06:00:00+00:00" };
        var run = new ExecutionDetails("exec_1", "wf_1", 1, ExecutionStatus.Completed, "manual", null, null, null, null, null, null, null, Start, Start, Start,
            [new ExecutionStepDetails(1, "send", "action", null, 1, StepRecordStatus.Completed, null, output, "success", null, Start, 3)]);

        var cut = Render<RunPanel>(p => p.Add(c => c.Execution, run).Add(c => c.SelectedSlug, "send"));

        var shown = cut.Find("[data-testid=run-output]").TextContent;
        Assert.Contains("\"phone\": \"+15556094766\"", shown);
        Assert.Contains("\"sentAt\": \"2026-12-03T06:00:00+00:00\"", shown);
        Assert.DoesNotContain("\\u002B", shown);
    }
}
