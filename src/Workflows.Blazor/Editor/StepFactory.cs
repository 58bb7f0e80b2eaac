using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Editor;

/// <summary>
/// New steps as the palette adds them. A palette kind is a step type (<c>wait</c>) or an action
/// (<c>action:customer.get_by_id</c>); required fields start empty so the validator points at them.
/// </summary>
public static class StepFactory
{
    public const string ActionPrefix = "action:";

    public static StepDefinition Create(string kind, CanvasPosition position, ActionCatalog actions)
    {
        if (kind.StartsWith(ActionPrefix, StringComparison.Ordinal))
        {
            var name = kind[ActionPrefix.Length..];
            var declaration = actions.Find(name)?.Declaration;
            var parameters = new JsonObject();
            foreach (var parameter in declaration?.Parameters.Where(p => p.Required) ?? [])
            {
                parameters[parameter.Name] = "";
            }
            var config = new JsonObject { ["type"] = name };
            if (parameters.Count > 0)
            {
                config["parameters"] = parameters;
            }
            return New(name.Replace('.', '_'), StepTypes.Action, config, position) with { Name = Humanize(name) };
        }
        return kind switch
        {
            StepTypes.Trigger => New("trigger", kind, new JsonObject { ["type"] = "manual" }, position) with { Name = "Start" },
            StepTypes.Llm => New("ask_ai", kind, new JsonObject { ["systemPrompt"] = "", ["outputFormat"] = "text" }, position) with { Name = "Ask AI" },
            StepTypes.Condition => New("check", kind, new JsonObject { ["expression"] = "" }, position) with { Name = "Check" },
            StepTypes.Loop => New("for_each", kind, new JsonObject { ["items"] = "", ["itemVariable"] = "item" }, position) with { Name = "For each" },
            StepTypes.Approval => New("approval", kind, new JsonObject { ["title"] = "", ["assignee"] = "reviewer" }, position) with { Name = "Approval" },
            StepTypes.Wait => New("wait", kind, new JsonObject { ["duration"] = "1 day" }, position) with { Name = "Wait" },
            _ => throw new ArgumentException($"'{kind}' is not a step the palette offers.", nameof(kind)),
        };
    }

    private static StepDefinition New(string slug, string type, JsonObject config, CanvasPosition position) =>
        new(slug, type, config, new Dictionary<string, string>()) { Position = position };

    /// <summary>customer.get_by_id → Customer get by id.</summary>
    private static string Humanize(string actionName)
    {
        var words = actionName.Replace('.', ' ').Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
