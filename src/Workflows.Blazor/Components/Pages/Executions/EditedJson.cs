using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Blazor.Components.Pages.Executions;

/// <summary>JSON a person typed, read with a message they can act on when it is not valid.</summary>
internal static class EditedJson
{
    /// <summary>The parsed value, or the problem with it as a sentence; empty text means null.</summary>
    public static (JsonNode? Value, string? Problem) Read(string? text, string what, bool mustBeObject = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return mustBeObject ? (null, $"The {what} must be a JSON object, such as {{ \"name\": \"value\" }}.") : (null, null);
        }
        try
        {
            var value = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return mustBeObject && value is not JsonObject
                ? (null, $"The {what} must be a JSON object, such as {{ \"name\": \"value\" }}.")
                : (value, null);
        }
        catch (JsonException ex)
        {
            var reason = ex.Message.Split(" LineNumber:")[0].Split(" Path:")[0].TrimEnd('.', ' ');
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, column {ex.BytePositionInLine + 1})" : "";
            return (null, $"The {what} is not valid JSON{where}: {reason}.");
        }
    }
}
