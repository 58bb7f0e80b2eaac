using Workflows.Blazor.Preview;

namespace Workflows.Blazor.Cli;

/// <summary>A preview in plain sentences for a terminal: the summary, where the contacts end up, and who gets something different from the compared version.</summary>
public static class PreviewText
{
    public static void Write(TextWriter output, string workflowName, WorkflowPreviewResult result)
    {
        output.WriteLine($"Preview of “{workflowName}”, {Named(result.Version)}, for {result.Summary.Contacts:N0} contacts over the next {result.Days} days:");
        foreach (var line in PreviewWords.Summary(result.Summary))
        {
            output.WriteLine($"  {line}");
        }
        output.WriteLine($"  {PreviewWords.Outcomes(result.Summary, result.Days)}");
        if (result.Compared is { } compared)
        {
            WriteDifferences(output, result, compared);
        }
    }

    private static void WriteDifferences(TextWriter output, WorkflowPreviewResult result, VersionComparison compared)
    {
        var differences = compared.Differences.Differences;
        output.WriteLine();
        output.WriteLine($"Compared with {Named(compared.Version)}: {differences.Count:N0} of {compared.Differences.Contacts:N0} contacts get something different.");
        foreach (var difference in differences)
        {
            output.WriteLine($"  {result.Names.GetValueOrDefault(difference.ContactId, difference.ContactId)} ({difference.ContactId})");
            foreach (var line in difference.OnlyBefore)
            {
                output.WriteLine($"    only in {Named(compared.Version)}: {line}");
            }
            foreach (var line in difference.OnlyAfter)
            {
                output.WriteLine($"    only in {Named(result.Version)}: {line}");
            }
        }
    }

    private static string Named(string version) => version == "draft" ? "the draft" : $"version {version}";
}
