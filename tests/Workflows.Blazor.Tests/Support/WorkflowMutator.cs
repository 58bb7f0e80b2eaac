using System.Text.Json.Nodes;

namespace Workflows.Blazor.Tests.Support;

/// <summary>Damages a workflow document the ways bad input arrives: cut off, mistyped, with odd fields, types swapped, nested too deep.</summary>
internal static class WorkflowMutator
{
    private static readonly Func<string, Random, string>[] Mutations =
    [
        Truncate, InsertCharacter, DeleteCharacter, RemoveProperty, SwapType, AddUnknownField, NestDeeply, DuplicateKey, HugeString, Unchanged,
    ];

    public static string Mutate(string json, Random random) => Mutations[random.Next(Mutations.Length)](json, random);

    private static string Truncate(string json, Random random) => json[..random.Next(json.Length)];

    private static string InsertCharacter(string json, Random random) =>
        json.Insert(random.Next(json.Length), "{}[],:\"\\x0".Substring(random.Next(10), 1));

    private static string DeleteCharacter(string json, Random random) => json.Remove(random.Next(json.Length), 1);

    private static string RemoveProperty(string json, Random random) => Structural(json, random, (owner, key, _) => owner.Remove(key));

    private static string SwapType(string json, Random random) => Structural(json, random, (owner, key, _) =>
        owner[key] = random.Next(6) switch
        {
            0 => JsonValue.Create(42),
            1 => JsonValue.Create(true),
            2 => null,
            3 => new JsonArray(1, "two"),
            4 => new JsonObject { ["nested"] = "value" },
            _ => JsonValue.Create("text"),
        });

    private static string AddUnknownField(string json, Random random) => Structural(json, random, (owner, _, _) => owner["unexpected"] = "field");

    /// <summary>200 nested lists: deeper than any reader here accepts, so it is spliced in as text.</summary>
    private static string NestDeeply(string json, Random random) =>
        Structural(json, random, (owner, key, _) => owner[key] = "__deep__")
            .Replace("\"__deep__\"", new string('[', 200) + new string(']', 200), StringComparison.Ordinal);

    private static string DuplicateKey(string json, Random random)
    {
        var at = json.IndexOf("\"stepSlug\"", StringComparison.Ordinal);
        return at < 0 ? json : json.Insert(at, "\"stepSlug\": \"twice\", ");
    }

    private static string HugeString(string json, Random random) =>
        Structural(json, random, (owner, key, _) => owner[key] = new string('x', 3 * 1024 * 1024));

    private static string Unchanged(string json, Random random) => json;

    /// <summary>Applies <paramref name="change"/> to a random property of a random object in the document.</summary>
    private static string Structural(string json, Random random, Action<JsonObject, string, JsonNode?> change)
    {
        var root = JsonNode.Parse(json)!;
        var objects = Objects(root).Where(o => o.Count > 0).ToList();
        var target = objects[random.Next(objects.Count)];
        var property = target.ElementAt(random.Next(target.Count));
        change(target, property.Key, property.Value);
        return root.ToJsonString();
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).SelectMany(Objects))
                {
                    yield return child;
                }
                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Objects))
                {
                    yield return child;
                }
                break;
        }
    }
}
