using Workflows.Blazor.Editor;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Common;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Tests.Editor;

/// <summary>Opening a workflow far larger than anyone draws: the editor says why it cannot, or checks it, and never crashes.</summary>
public sealed class LargeWorkflowSessionTests
{
    private static readonly WorkflowDefinition FifteenThousandSteps = WorkflowJson.Parse(LongChainJson.Linear(15_000, backToFirst: true));

    [Fact]
    public void Session_RefusesInPlainWords_ForAWorkflowStoredWithMoreStepsThanTheCap()
    {
        var session = new EditorSession(FifteenThousandSteps, EditorFlows.Validator);

        Assert.Equal("This workflow has 15,001 steps; a workflow may have at most 2,000. Split it into smaller workflows.", session.Refusal);
        Assert.Same(FifteenThousandSteps, session.Definition);
    }

    [Fact]
    public void Session_FindsTheCycle_InAFifteenThousandStepChainAllowedByAHigherCap()
    {
        var validator = new WorkflowValidator(new ActionCatalog([]), new WorkflowLimits { MaxStepsPerWorkflow = 20_000 });
        EditorSession? session = null;
        var thread = new Thread(() => session = new EditorSession(FifteenThousandSteps, validator), maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        Assert.NotNull(session);
        Assert.Null(session.Refusal);
        Assert.Contains(session.Report.Errors, f => f.Code == FindingCodes.CycleWithoutLoop);
    }

    [Fact]
    public void Session_StaysWithinTheCap_ForTheLargestWorkflowAllowed()
    {
        var largest = WorkflowJson.Parse(LongChainJson.Linear(1_999));

        var session = new EditorSession(largest, EditorFlows.Validator);

        Assert.Null(session.Refusal);
        Assert.All(session.Definition.Steps, s => Assert.NotNull(s.Position));
    }
}
