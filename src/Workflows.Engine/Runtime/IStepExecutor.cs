namespace Workflows.Engine.Runtime;

/// <summary>Runs the steps of one step type. Register one per type; the executor loop never changes for a new type.</summary>
public interface IStepExecutor
{
    string StepType { get; }

    ValueTask<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken);
}
