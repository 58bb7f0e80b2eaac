using System.Text.Json.Nodes;

namespace Workflows.Engine.Tests.Support;

/// <summary>Every condition the product ships: the user guide's examples, and each "expression" in the sample workflows and demo segments.</summary>
public static class KnownConditions
{
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Expressions", "Conditions", "user-guide-conditions.txt")))
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                data.Add("user guide", line);
            }
        }
        var files = GuideWorkflows.Names.Select(name => Path.Combine(GuideWorkflows.Folder, name))
            .Append(Path.Combine(AppContext.BaseDirectory, "demo", "segments.json"));
        foreach (var file in files)
        {
            foreach (var expression in Expressions(JsonNode.Parse(File.ReadAllText(file))))
            {
                data.Add(Path.GetFileName(file), expression);
            }
        }
        return data;
    }

    private static IEnumerable<string> Expressions(JsonNode? root)
    {
        var pending = new Stack<JsonNode?>([root]);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        if (key == "expression" && value is JsonValue text && text.TryGetValue(out string? expression))
                        {
                            yield return expression;
                        }
                        pending.Push(value);
                    }
                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        pending.Push(item);
                    }
                    break;
            }
        }
    }
}
