using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Blazor.Runner;

/// <summary>Runs about a customer are found by the customer id in their input, so events for that customer reach them.</summary>
public static class RunSubject
{
    public static string? Of(JsonNode? input) =>
        input?["customerId"]?.GetValueKind() == JsonValueKind.String
            ? input["customerId"]!.GetValue<string>()
            : input?["subjectId"]?.ToString();

    /// <summary>
    /// Whom a run is about once its input is corrected: a subject read from the old input follows the new one,
    /// a subject the caller named when starting the run stays.
    /// </summary>
    public static string? AfterCorrection(string? subject, JsonNode? oldInput, JsonNode? newInput) =>
        subject == Of(oldInput) ? Of(newInput) : subject;
}
