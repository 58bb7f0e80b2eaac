using System.Text.Json.Nodes;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Actions.Json;

public static class DocumentJson
{
    public static JsonObject ToJson(DocumentEntity document) => new()
    {
        ["_id"] = document.Id,
        ["id"] = document.Id,
        ["name"] = document.Name,
        ["contentType"] = document.ContentType,
        ["sizeBytes"] = document.SizeBytes,
        ["sourceProvider"] = document.SourceProvider,
        ["metadata"] = JsonStore.Object(document.MetadataJson),
        ["createdAt"] = JsonStore.Time(document.CreatedAt),
        ["updatedAt"] = JsonStore.Time(document.UpdatedAt),
    };
}
