using System.Collections.ObjectModel;
using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Templating;

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

        Dictionary<string, RenderedMessage>? messages = null;
        var rendered = RenderParameters(context, handler.Declaration, ref messages) ?? new JsonObject();
        if (rendered is not JsonObject parameters)
        {
            throw new StepFailedException("The action's parameters must be an object of name: value.");
        }
        // Shared with the handler, which reads its parameters and never changes them.
        context.RecordedInput = parameters;
        if (ParameterChecker.FindProblem(handler.Declaration, parameters) is { } problem)
        {
            return StepOutcome.Fail(problem.Message);
        }

        var result = await handler.ExecuteAsync(new ActionInvocation(parameters, context) { Messages = (IReadOnlyDictionary<string, RenderedMessage>?)messages ?? ReadOnlyDictionary<string, RenderedMessage>.Empty }, cancellationToken);
        if (result.Variables is { } variables)
        {
            context.SetVariables(variables);
        }
        return StepOutcome.Continue(Ports.Success, result.Output);
    }

    /// <summary>Renders each parameter; a message parameter written as text is rendered as a message, HTML or text as its template says.</summary>
    private static JsonNode? RenderParameters(StepContext context, ActionDeclaration declaration, ref Dictionary<string, RenderedMessage>? messages)
    {
        if (!context.Step.Config.TryGetPropertyValue("parameters", out var written) || written is not JsonObject templates)
        {
            return context.RenderConfig("parameters");
        }
        var parameters = new JsonObject();
        foreach (var (name, template) in templates)
        {
            if (template is JsonValue value && value.TryGetValue(out string? text)
                && IsMessage(declaration, name))
            {
                var message = context.RenderMessage(text);
                (messages ??= new Dictionary<string, RenderedMessage>(StringComparer.Ordinal))[name] = message;
                parameters[name] = message.Body;
                continue;
            }
            parameters[name] = context.Render(template);
        }
        return parameters;
    }

    private static bool IsMessage(ActionDeclaration declaration, string name)
    {
        foreach (var parameter in declaration.Parameters)
        {
            if (parameter.IsMessage && parameter.Name == name)
            {
                return true;
            }
        }
        return false;
    }
}
