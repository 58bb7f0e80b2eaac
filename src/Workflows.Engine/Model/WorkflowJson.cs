using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Engine.Model;

/// <summary>
/// Reads and writes the workflow JSON of the user guide. Reading is strict about the shape
/// (clear errors naming the JSON path) and lenient inside <c>config</c>, which belongs to each step type.
/// </summary>
public static class WorkflowJson
{
    private static readonly string[] WorkflowFields = ["name", "description", "config", "steps"];
    private static readonly string[] StepFields = ["stepSlug", "stepType", "name", "description", "config", "nextSteps", "position"];

    // Exports are files people read, not HTML: keep quotes and accents as they are.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
        // JsonObject throws ArgumentException on a repeated key when first read; reject it here instead.
        AllowDuplicateProperties = false,
    };

    public static WorkflowDefinition Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, column {ex.BytePositionInLine + 1}" : "$";
            throw new WorkflowFormatException($"not valid JSON ({FirstSentence(ex.Message)})", where);
        }
        return Read(root);
    }

    public static WorkflowDefinition Read(JsonNode? root)
    {
        var workflow = ExpectObject(root, "$", "a workflow object with \"name\" and \"steps\"");
        RejectUnknownFields(workflow, WorkflowFields, "$");

        var name = OptionalString(workflow, "name", "$") ?? "";
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new WorkflowFormatException("a workflow needs a name", "$.name");
        }
        var stepsNode = ExpectArray(workflow["steps"], "$.steps", "a list of steps");
        var steps = new List<StepDefinition>(stepsNode.Count);
        for (var i = 0; i < stepsNode.Count; i++)
        {
            steps.Add(ReadStep(stepsNode[i], $"$.steps[{i}]"));
        }

        return new WorkflowDefinition(name, steps)
        {
            Description = OptionalString(workflow, "description", "$"),
            Config = OptionalObject(workflow, "config", "$"),
        };
    }

    public static string Serialize(WorkflowDefinition definition) => ToJson(definition).ToJsonString(Indented);

    public static JsonObject ToJson(WorkflowDefinition definition)
    {
        var json = new JsonObject { ["name"] = definition.Name };
        if (definition.Description is not null)
        {
            json["description"] = definition.Description;
        }
        if (definition.Config is not null)
        {
            json["config"] = definition.Config.DeepClone();
        }
        json["steps"] = new JsonArray(definition.Steps.Select(s => (JsonNode)StepToJson(s)).ToArray());
        return json;
    }

    private static JsonObject StepToJson(StepDefinition step)
    {
        var json = new JsonObject { ["stepSlug"] = step.Slug, ["stepType"] = step.Type };
        if (step.Name is not null)
        {
            json["name"] = step.Name;
        }
        if (step.Description is not null)
        {
            json["description"] = step.Description;
        }
        json["config"] = step.Config.DeepClone();
        var next = new JsonObject();
        foreach (var (port, target) in step.NextSteps)
        {
            next[port] = target;
        }
        json["nextSteps"] = next;
        if (step.Position is { } position)
        {
            json["position"] = new JsonObject { ["x"] = position.X, ["y"] = position.Y };
        }
        return json;
    }

    private static StepDefinition ReadStep(JsonNode? node, string path)
    {
        var step = ExpectObject(node, path, "a step object with \"stepSlug\" and \"stepType\"");
        RejectUnknownFields(step, StepFields, path);

        var slug = OptionalString(step, "stepSlug", path);
        if (string.IsNullOrWhiteSpace(slug))
        {
            throw new WorkflowFormatException("every step needs a \"stepSlug\"", $"{path}.stepSlug");
        }
        var type = OptionalString(step, "stepType", path);
        if (string.IsNullOrWhiteSpace(type))
        {
            throw new WorkflowFormatException($"step '{slug}' needs a \"stepType\"", $"{path}.stepType");
        }

        return new StepDefinition(slug, type, OptionalObject(step, "config", path) ?? [], ReadNextSteps(step, path))
        {
            Name = OptionalString(step, "name", path),
            Description = OptionalString(step, "description", path),
            Position = ReadPosition(step, path),
        };
    }

    private static Dictionary<string, string> ReadNextSteps(JsonObject step, string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var next = OptionalObject(step, "nextSteps", path);
        if (next is null)
        {
            return result;
        }
        foreach (var (port, target) in next)
        {
            if (target is null)
            {
                continue;
            }
            if (target is not JsonValue value || !value.TryGetValue(out string? slug))
            {
                throw new WorkflowFormatException("a port must name the next step's slug as a string", $"{path}.nextSteps.{port}");
            }
            result[port] = slug;
        }
        return result;
    }

    private static CanvasPosition? ReadPosition(JsonObject step, string path)
    {
        var position = OptionalObject(step, "position", path);
        if (position is null)
        {
            return null;
        }
        return new CanvasPosition(ReadNumber(position, "x", $"{path}.position"), ReadNumber(position, "y", $"{path}.position"));
    }

    private static double ReadNumber(JsonObject json, string key, string path)
    {
        if (json[key] is JsonValue value && value.TryGetValue(out double number) && double.IsFinite(number))
        {
            return number;
        }
        throw new WorkflowFormatException("must be a number", $"{path}.{key}");
    }

    private static string? OptionalString(JsonObject json, string key, string path)
    {
        var node = json[key];
        if (node is null)
        {
            return null;
        }
        if (node is JsonValue value && value.TryGetValue(out string? text))
        {
            return text;
        }
        throw new WorkflowFormatException($"must be a string, not {Describe(node)}", $"{path}.{key}");
    }

    private static JsonObject? OptionalObject(JsonObject json, string key, string path)
    {
        var node = json[key];
        return node is null ? null : ExpectObject(node, $"{path}.{key}", "an object");
    }

    private static JsonObject ExpectObject(JsonNode? node, string path, string expected)
    {
        if (node is JsonObject json)
        {
            return json;
        }
        throw new WorkflowFormatException($"expected {expected}, found {Describe(node)}", path);
    }

    private static JsonArray ExpectArray(JsonNode? node, string path, string expected)
    {
        if (node is JsonArray array)
        {
            return array;
        }
        throw new WorkflowFormatException($"expected {expected}, found {Describe(node)}", path);
    }

    private static void RejectUnknownFields(JsonObject json, string[] known, string path)
    {
        foreach (var (key, _) in json)
        {
            if (!known.Contains(key))
            {
                throw new WorkflowFormatException(
                    $"unknown field \"{key}\" (expected one of: {string.Join(", ", known)})", $"{path}.{key}");
            }
        }
    }

    private static string Describe(JsonNode? node) => node switch
    {
        null => "nothing",
        JsonObject => "an object",
        JsonArray => "a list",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "true/false",
            _ => "a value",
        },
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
