using System.Text.Json.Nodes;

namespace Workflows.Blazor.Tests.Support;

/// <summary>Reads the step records of an execution as the API returns it.</summary>
internal static class ExecutionJson
{
    public static IReadOnlyList<string> StepSlugs(this JsonObject execution) =>
        execution["steps"]!.AsArray().Select(s => s!["stepSlug"]!.GetValue<string>()).ToList();

    public static IReadOnlyList<int> StepSequences(this JsonObject execution) =>
        execution["steps"]!.AsArray().Select(s => s!["sequence"]!.GetValue<int>()).ToList();

    public static IReadOnlyList<string> StepStatuses(this JsonObject execution) =>
        execution["steps"]!.AsArray().Select(s => s!["status"]!.GetValue<string>()).ToList();
}
