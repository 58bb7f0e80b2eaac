using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>Runs a step executor with the step in the logging scope, so whatever a step or its action logs says which step it was.</summary>
public sealed class ScopedStepExecutor(IStepExecutor inner, ILogger logger) : IStepExecutor
{
    public string StepType => inner.StepType;

    public async ValueTask<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["StepSlug"] = context.Step.Slug,
            ["StepType"] = context.Step.Type,
        });
        return await inner.ExecuteAsync(context, cancellationToken);
    }
}
