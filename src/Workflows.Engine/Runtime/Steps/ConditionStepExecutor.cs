using System.Text.Json.Nodes;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Runtime.Steps;

/// <summary>
/// Evaluates <c>config.expression</c> and takes the <c>true</c> or <c>false</c> port; the output says why
/// (<c>{ "result": false, "explanation": "555.90 is not greater than 1,000 → false" }</c>).
/// </summary>
public sealed class ConditionStepExecutor : IStepExecutor
{
    public string StepType => StepTypes.Condition;

    public ValueTask<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var text = context.Step.ConfigString("expression")
            ?? throw new StepFailedException("This condition has no expression.");
        var values = new JsonObject();
        context.RecordedInput = new JsonObject { ["expression"] = text, ["values"] = values };

        var expression = ConditionExpression.Parse(text);
        var result = expression.Evaluate(context.Scope, (path, value) => values[path] = value?.DeepClone());
        var output = new JsonObject { ["result"] = result, ["explanation"] = expression.Explain(context.Scope, result) };
        return ValueTask.FromResult(StepOutcome.Continue(result ? Ports.True : Ports.False, output));
    }
}
