using Workflows.Engine.Model;

namespace Workflows.Engine.Runtime.Steps;

/// <summary>The trigger step hands the run's input on, whatever started it.</summary>
public sealed class TriggerStepExecutor : IStepExecutor
{
    public string StepType => StepTypes.Trigger;

    public ValueTask<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        context.RecordedInput = context.State.Input?.DeepClone();
        return ValueTask.FromResult(StepOutcome.Continue(Ports.Success, context.State.Input?.DeepClone()));
    }
}
