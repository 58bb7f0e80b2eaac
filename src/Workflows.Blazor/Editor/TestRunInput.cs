using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Editor;

/// <summary>The test run's input text, with the contact chosen by name put in as <c>customerId</c>.</summary>
public static class TestRunInput
{
    /// <summary>The input with <c>customerId</c> set; input that is not a JSON object is started afresh.</summary>
    public static string WithCustomer(string? input, string customerId)
    {
        JsonObject value;
        try
        {
            value = string.IsNullOrWhiteSpace(input) ? [] : JsonNode.Parse(input) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            value = [];
        }
        value["customerId"] = customerId;
        return ReadableJson.Format(value);
    }
}
