using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Ai.Assistant;

/// <summary>The JSON schema of the workflow format, for the model's structured output. Each step's config belongs to its type, so it stays open.</summary>
public static class WorkflowSchema
{
    public static JsonElement Element { get; } = JsonSerializer.SerializeToElement(Build());

    private static JsonObject Build() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["name"] = Text("A short title, e.g. Welcome Email."),
            ["description"] = Text("One sentence on what the workflow does."),
            ["steps"] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = "The steps, the trigger first.",
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["stepSlug"] = Text("A unique snake_case id, e.g. get_customer."),
                        ["stepType"] = new JsonObject
                        {
                            ["type"] = "string",
                            ["enum"] = new JsonArray([.. StepTypes.All.Select(t => JsonValue.Create(t.Name))]),
                        },
                        ["name"] = Text("What the step does, for people."),
                        ["config"] = new JsonObject { ["type"] = "object", ["description"] = "The step type's settings." },
                        ["nextSteps"] = new JsonObject
                        {
                            ["type"] = "object",
                            ["description"] = "Output port to the next step's slug, or end.",
                            ["additionalProperties"] = new JsonObject { ["type"] = "string" },
                        },
                    },
                    ["required"] = new JsonArray("stepSlug", "stepType", "config", "nextSteps"),
                    ["additionalProperties"] = false,
                },
            },
        },
        ["required"] = new JsonArray("name", "steps"),
        ["additionalProperties"] = false,
    };

    private static JsonObject Text(string description) => new() { ["type"] = "string", ["description"] = description };
}
