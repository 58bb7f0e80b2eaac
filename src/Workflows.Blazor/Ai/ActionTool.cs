using System.Text.Json;
using Microsoft.Extensions.AI;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Ai;

/// <summary>One action offered to a model as a function, described by its declaration; calls go through the step's allow-list.</summary>
internal sealed class ActionTool(string name, ActionDeclaration declaration, StepToolset toolset) : AIFunction
{
    public override string Name => name;

    public override string Description => declaration.Description;

    public override JsonElement JsonSchema { get; } = ActionToolSchema.For(declaration);

    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken) =>
        await toolset.InvokeAsync(Name, arguments, cancellationToken);
}
