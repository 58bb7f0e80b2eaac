using System.Text.Json;

namespace Workflows.Blazor.Ai.Evals;

/// <summary>Reads the eval set: one JSON file per request, <c>{"request": "...", "expect": {"stepTypes": [...], "actions": [...]}}</c>.</summary>
public static class EvalCases
{
    /// <summary>Where the eval set lives, under the repository (or install) folder.</summary>
    public const string DefaultFolder = "assets/evals/assistant";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    public static IReadOnlyList<EvalCase> Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"There is no eval folder {folder}.");
        }
        return [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Read)];
    }

    private static EvalCase Read(string path)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        try
        {
            var file = JsonSerializer.Deserialize<EvalFile>(File.ReadAllText(path), Json);
            if (file is not { Request: { Length: > 0 } request })
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} has no \"request\".");
            }
            return new EvalCase(id, request, file.Expect ?? new EvalExpectation());
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is not an eval request: {ex.Message}");
        }
    }

    private sealed record EvalFile(string? Request, EvalExpectation? Expect);
}
