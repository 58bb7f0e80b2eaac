using System.Text.Json.Nodes;

namespace Workflows.Engine.Runtime;

/// <summary>How a wait ended: the port the waiting step takes and its output.</summary>
public sealed record BookmarkResolution(string Port, JsonNode? Output)
{
    /// <summary>The wait's own due time passed.</summary>
    public static BookmarkResolution DueTimeReached(Bookmark bookmark, DateTimeOffset now) =>
        new(bookmark.DuePort ?? Engine.Model.Ports.Success, new JsonObject { ["resumedAt"] = now.ToString("O"), ["timedOut"] = bookmark.Kind != BookmarkKind.Timer });
}
