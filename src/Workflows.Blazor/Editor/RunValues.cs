using System.Text.Json.Nodes;
using Workflows.Blazor.Runner;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Editor;

/// <summary>The values a test run produced, found by template path, so the data picker can show "Ana Lima" beside Name.</summary>
public sealed class RunValues
{
    private const int MaxText = 60;
    private readonly JsonObject _scope;

    private RunValues(JsonObject scope) => _scope = scope;

    public static RunValues None { get; } = new([]);

    /// <summary>The run's input, variables and each step's last output, as templates read them.</summary>
    public static RunValues From(ExecutionDetails? run)
    {
        if (run is null)
        {
            return None;
        }
        var steps = new JsonObject();
        foreach (var step in run.Steps.Where(s => s.Output is not null))
        {
            steps[step.StepSlug] = new JsonObject { ["output"] = step.Output!.DeepClone() };
        }
        return new RunValues(new JsonObject { ["input"] = run.Input?.DeepClone(), ["variables"] = run.Variables?.DeepClone(), ["steps"] = steps });
    }

    /// <summary>The value at a path such as <c>steps.get_customer.output.orders[0].total</c>, or null when the run has none.</summary>
    public JsonNode? At(string path)
    {
        JsonNode? node = _scope;
        foreach (var part in path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = part.StartsWith('[') && int.TryParse(part.Trim('[', ']'), out var index)
                ? node is JsonArray list && index < list.Count ? list[index] : null
                : node is JsonObject obj ? obj[part] : null;
            if (node is null)
            {
                return null;
            }
        }
        return node;
    }

    /// <summary>The value at a path as a short text: "Ana Lima", "1250.5", "3 items".</summary>
    public string? TextAt(string path) => At(path) switch
    {
        null => null,
        JsonArray list => list.Count == 1 ? "1 item" : $"{list.Count} items",
        JsonObject obj => obj.Count == 1 ? "1 field" : $"{obj.Count} fields",
        var value => Shorten(JsonText.ToText(value)),
    };

    private static string Shorten(string text) => text.Length <= MaxText ? text : text[..(MaxText - 1)] + "…";
}
