using System.Text.Json.Nodes;
using Workflows.Engine.Editing;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Editor;

/// <summary>
/// New steps as the palette adds them. A palette kind is a step type (<c>wait</c>) or an action
/// (<c>action:customer.get_by_id</c>); required fields start empty so the validator points at them.
/// A new step is titled by what it does ("Get customer") and its slug is made from that title.
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
            return New(declaration?.Title ?? name, StepTypes.Action, config, position);
        }
        return kind switch
        {
            StepTypes.Trigger => New("Start", kind, new JsonObject { ["type"] = "manual" }, position),
            StepTypes.Llm => New("Ask AI", kind, new JsonObject { ["systemPrompt"] = "", ["outputFormat"] = "text" }, position),
            StepTypes.Condition => New("Check", kind, new JsonObject { ["expression"] = "" }, position),
            StepTypes.Loop => New("For each", kind, new JsonObject { ["items"] = "", ["itemVariable"] = "item" }, position),
            StepTypes.Approval => New("Approval", kind, new JsonObject { ["title"] = "", ["assignee"] = "reviewer" }, position),
            StepTypes.Wait => New("Wait", kind, new JsonObject { ["duration"] = "1 day" }, position),
            StepTypes.Split => New("Split", kind, new JsonObject { [SplitConfig.PathsKey] = SplitPathEdits.Starting() }, position),
            _ => throw new ArgumentException($"'{kind}' is not a step the palette offers.", nameof(kind)),
        };
    }

    private static StepDefinition New(string title, string type, JsonObject config, CanvasPosition position) =>
        new(StepSlugs.FromTitle(title), type, config, new Dictionary<string, string>()) { Name = title, Position = position };
}
