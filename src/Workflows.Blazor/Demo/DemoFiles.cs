using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Blazor.Demo;

/// <summary>The demo store's files in <c>assets/demo</c>, read from the repository or from the build output.</summary>
internal static class DemoFiles
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Folder()
    {
        var fromSource = Path.Combine(AppPaths.FindSettingsFolder(), "assets", "demo");
        return Directory.Exists(fromSource) ? fromSource : Path.Combine(AppContext.BaseDirectory, "assets", "demo");
    }

    public static IReadOnlyList<T> Read<T>(string file) =>
        JsonSerializer.Deserialize<List<T>>(File.ReadAllText(Path.Combine(Folder(), file)), Options) ?? [];

    public static JsonObject ReadObject(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder(), file)))!.AsObject();
}
