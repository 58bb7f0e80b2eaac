namespace Workflows.Blazor.Runner;

/// <summary>A bulk action's outcome in one sentence or two, for the snackbar.</summary>
public static class BulkSummary
{
    public static string Describe(string pastTense, BulkResult result)
    {
        var done = $"{pastTense} {Runs(result.Done.Count)}.";
        var skipped = result.Skipped.GroupBy(s => s.Reason).Select(group =>
        {
            var statuses = string.Join(", ", group.GroupBy(s => s.Status).Select(s => $"{s.Count()} {s.Key}"));
            return $"Skipped {group.Count()} ({statuses}): {group.Key}.";
        });
        return string.Join(" ", [done, .. skipped]);
    }

    /// <summary>A bulk action stopped part way: how far it went; the runs not reached were left as they were.</summary>
    public static string Stopped(string pastTense, WorkProgress? progress) =>
        $"Stopped. {pastTense} {progress?.Done ?? 0} of {Runs(progress?.Total ?? 0)}; the others were left as they were.";

    public static string Runs(int count) => count == 1 ? "1 run" : $"{count} runs";
}
