using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Workflows.Engine.Common;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Ai;

/// <summary>
/// The actions one LLM step allows (its <c>tools</c> list), as functions for the model. Nothing outside the list ever
/// runs: the model is only offered the listed functions, and a call of any other name is refused here and recorded.
/// </summary>
internal sealed class StepToolset
{
    private readonly Dictionary<string, IActionHandler> _allowed = new(StringComparer.Ordinal);
    private readonly StepContext _context;
    private JsonArray _calls = [];
    private int _runs;

    private StepToolset(StepContext context) => _context = context;

    public IList<AITool> Tools { get; } = [];

    public IReadOnlyCollection<string> Names => _allowed.Keys;

    /// <summary>The step's tools; a name that is no action fails the step, so a typo never silently drops a tool.</summary>
    public static StepToolset For(IReadOnlyList<string> names, ActionCatalog catalog, StepContext context)
    {
        var toolset = new StepToolset(context);
        foreach (var listed in names)
        {
            var handler = catalog.Find(listed)
                ?? throw new StepFailedException($"The LLM step lists the tool '{listed}', but there is no such action{DidYouMean.Hint(listed, catalog.AllNames)}.");
            // Function names may hold letters, digits, _ and - only.
            var name = listed.Replace('.', '_');
            if (toolset._allowed.TryAdd(name, handler))
            {
                toolset.Tools.Add(new ActionTool(name, handler.Declaration, toolset));
            }
        }
        return toolset;
    }

    /// <summary>The tool calls since the last time this was asked: name, arguments, result or error, and whether it was refused.</summary>
    public JsonArray TakeCalls()
    {
        var calls = _calls;
        _calls = [];
        return calls;
    }

    public async Task<object?> InvokeAsync(string name, IDictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        var parameters = JsonSerializer.SerializeToNode(arguments) as JsonObject ?? [];
        var call = new JsonObject { ["name"] = name, ["arguments"] = parameters.DeepClone() };
        _calls.Add(call);
        if (!_allowed.TryGetValue(name, out var handler))
        {
            return Refuse(call);
        }
        if (ParameterChecker.FindProblem(handler.Declaration, parameters) is { } problem)
        {
            return Error(call, problem.ForModel);
        }
        try
        {
            // Each call its own key, in the order the model asked: two calls of one tool in a step are two side effects.
            var key = $"{_context.IdempotencyKey}/tool-{Interlocked.Increment(ref _runs)}";
            var result = await handler.ExecuteAsync(new ActionInvocation(parameters, _context) { IdempotencyKey = key }, cancellationToken);
            call["result"] = result.Output?.DeepClone();
            return result.Output is null ? null : JsonSerializer.SerializeToElement(result.Output);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The model reads what went wrong (e.g. no such customer) and may try again; the step goes on.
            return Error(call, ex.Message);
        }
    }

    /// <summary>Records the calls in a response that name no allowed tool: the function invoker did not run them, and neither do we.</summary>
    public void RecordRefused(IEnumerable<ChatMessage> messages)
    {
        foreach (var call in messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Where(c => !_allowed.ContainsKey(c.Name)))
        {
            Refuse(new JsonObject
            {
                ["name"] = call.Name,
                ["arguments"] = call.Arguments is null ? null : JsonSerializer.SerializeToNode(call.Arguments),
            }, record: true);
        }
    }

    private string Refuse(JsonObject call, bool record = false)
    {
        call["refused"] = true;
        call["error"] = $"'{call["name"]}' is not one of this step's tools ({string.Join(", ", _allowed.Keys)}); it was not run.";
        if (record)
        {
            _calls.Add(call);
        }
        return call["error"]!.GetValue<string>();
    }

    private static string Error(JsonObject call, string message)
    {
        call["error"] = message;
        return $"Error: {message}";
    }
}
