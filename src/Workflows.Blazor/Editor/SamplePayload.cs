using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Blazor.Editor;

/// <summary>A sample of what a webhook or event sends, pasted by the designer so later steps can pick its fields.</summary>
public static class SamplePayload
{
    private const string Example = "e.g. { \"email\": \"ana@example.com\", \"total\": 99.5 }";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// Reads pasted text: a JSON object gives the sample, empty text gives none (the sample is cleared), anything
    /// else gives a message saying what to paste instead.
    /// </summary>
    public static bool TryParse(string? text, out JsonObject? sample, out string? error)
    {
        sample = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        try
        {
            sample = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException ex)
        {
            error = $"This is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, character {(ex.BytePositionInLine ?? 0) + 1}). Paste the body of a real request, {Example}.";
            return false;
        }
        if (sample is null)
        {
            error = $"A sample is a JSON object: it starts with {{ and names each field, {Example}.";
            return false;
        }
        return true;
    }

    /// <summary>The sample as the text area shows it.</summary>
    public static string Text(JsonNode? sample) => sample is JsonObject obj ? obj.ToJsonString(Indented) : "";
}
