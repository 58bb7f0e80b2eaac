using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Model;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Runtime;

/// <summary>What a step executor gets: the step, the run, templating over the run's data, and the clock.</summary>
public sealed class StepContext
{
    internal StepContext(StepDefinition step, WorkflowGraph graph, ExecutionState state, ExecutionScope scope, TimeProvider time, WorkflowLimits limits)
    {
        Limits = limits;
        Step = step;
        Graph = graph;
        State = state;
        Scope = scope;
        Time = time;
        _loopPath = state.LoopPath();
        _attempt = state.Attempt;
    }

    // Where the step stood when it started; the key is made from them only when an action asks for it.
    private readonly string? _loopPath;
    private readonly int _attempt;

    public StepDefinition Step { get; }

    public WorkflowGraph Graph { get; }

    public ExecutionState State { get; }

    public ExecutionScope Scope { get; }

    public TimeProvider Time { get; }

    /// <summary>What the run may keep; a step that would keep more fails.</summary>
    public WorkflowLimits Limits { get; }

    /// <summary>
    /// The same for a step re-run after a crash, so side effects can be sent once; a new try of the
    /// step's retry policy gets a new key, since the try before it failed.
    /// </summary>
    public string IdempotencyKey =>
        field ??= $"{State.ExecutionId}/{Step.Slug}/{_loopPath ?? "-"}" + (_attempt > 1 ? $"/attempt-{_attempt}" : "");

    /// <summary>The step's input after templating, as the execution record shows it.</summary>
    public JsonNode? RecordedInput { get; set; }

    /// <summary>Sets run variables, unless together they would pass <see cref="WorkflowLimits.MaxVariablesChars"/>: then nothing changes and the step fails.</summary>
    public void SetVariables(JsonObject variables)
    {
        if (StoredSize.Problem(State.Variables, variables, Limits.MaxVariablesChars, "The run's variables") is { } problem)
        {
            throw new StepFailedException($"{problem} Keep less in variables, e.g. an id instead of a whole record.");
        }
        for (var i = 0; i < variables.Count; i++)
        {
            var (name, value) = variables.GetAt(i);
            State.Variables[name] = value?.DeepClone();
        }
        State.VariablesChanged = true;
    }

    public JsonNode? Render(JsonNode? value) => TemplateRenderer.Render(value, Scope, Limits.MaxRenderedChars);

    public string RenderString(string text) => TemplateRenderer.RenderString(text, Scope, Limits.MaxRenderedChars);

    /// <summary>A message people read, HTML or text as its template says (<see cref="TemplateRenderer.RenderMessage"/>).</summary>
    public RenderedMessage RenderMessage(string text) => TemplateRenderer.RenderMessage(text, Scope, Limits.MaxRenderedChars);

    /// <summary>The rendered value of a config key, or null when the step does not set it.</summary>
    public JsonNode? RenderConfig(string key) => Step.Config.TryGetPropertyValue(key, out var node) ? Render(node) : null;
}
