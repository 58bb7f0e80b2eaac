using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Engine.Runtime.Steps;

/// <summary>Runs <c>config.type</c> from the action catalog with <c>config.parameters</c> rendered against the run.</summary>
public sealed class ActionStepExecutor(ActionCatalog catalog) : IStepExecutor
{
    public string StepType => StepTypes.Action;

    public async ValueTask<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var type = context.Step.ConfigString("type") ?? throw new StepFailedException("This action has no type.");
        var handler = catalog.Find(type)
            ?? throw new StepFailedException($"There is no action '{type}'{DidYouMean.Hint(type, catalog.AllNames)}.");

        var rendered = context.RenderConfig("parameters") ?? new JsonObject();
        if (rendered is not JsonObject parameters)
        {
            throw new StepFailedException("The action's parameters must be an object of name: value.");
        }
        context.RecordedInput = parameters.DeepClone();
        if (ParameterChecker.FindProblem(handler.Declaration, parameters) is { } problem)
        {
            return StepOutcome.Fail(problem);
        }

        var result = await handler.ExecuteAsync(new ActionInvocation(parameters, context), cancellationToken);
        if (result.Variables is { } variables)
        {
            context.SetVariables(variables);
        }
        return StepOutcome.Continue(Ports.Success, result.Output);
    }
}
