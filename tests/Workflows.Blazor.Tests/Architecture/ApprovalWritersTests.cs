using System.Text.RegularExpressions;

namespace Workflows.Blazor.Tests.Architecture;

/// <summary>The inbox module's command service is the only code of the app that writes approvals.</summary>
public sealed partial class ApprovalWritersTests
{
    [Fact]
    public void Approvals_AreWrittenOnlyByTheInboxModule()
    {
        var writers = AppSourceFiles.All()
            .Where(file => !file.Path.StartsWith("Inbox/", StringComparison.Ordinal))
            .SelectMany(file => Writes(file.Text).Select(write => $"{file.Path}: {write}"))
            .ToList();

        Assert.True(writers.Count == 0, "Approvals written outside the inbox module:\n" + string.Join("\n", writers));
    }

    [Theory]
    [InlineData("db.Approvals.Add(item);")]
    [InlineData("db.Approvals.Remove(item);")]
    [InlineData("await db.Approvals.Where(a => a.Id == id)\n    .ExecuteUpdateAsync(set => set.SetProperty(a => a.Status, ApprovalStatus.Cancelled));")]
    [InlineData("db.Approvals.Where(a => a.Id == id).ExecuteDeleteAsync();")]
    [InlineData("approval.Status = ApprovalStatus.Approved;")]
    [InlineData("var approval = new ApprovalEntity { Id = id };")]
    public void Scan_FindsAWrite_OfEachKind(string code) => Assert.NotEmpty(Writes(code));

    [Theory]
    [InlineData("var item = await db.Approvals.AsNoTracking().FirstAsync(a => a.Id == id);")]
    [InlineData("if (approval.Status == ApprovalStatus.Approved) { }")]
    [InlineData("await db.Timers.Where(t => t.Id == id).ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, TimerStatus.Cancelled));")]
    public void Scan_FindsNoWrite_InAReadOrAnotherTable(string code) => Assert.Empty(Writes(code));

    private static IEnumerable<string> Writes(string code) =>
        new[] { ChangeTracked(), BulkWrite(), StatusAssigned(), Created() }
            .SelectMany(pattern => pattern.Matches(code))
            .Select(match => Regex.Replace(match.Value, @"\s+", " "));

[GeneratedRegex(@"\bApprovals\s*\.\s*(Add|AddRange|Attach|Update|UpdateRange|Remove|RemoveRange)(Async)?\s*\(")]
    private static partial Regex ChangeTracked();

    /// <summary>An ExecuteUpdate or ExecuteDelete in the same statement as the approvals set.</summary>
    [GeneratedRegex(@"\bApprovals\b[^;]*?\.\s*Execute(Update|Delete)(Async)?\s*\(")]
    private static partial Regex BulkWrite();

    [GeneratedRegex(@"\.\s*Status\s*=(?!=)\s*ApprovalStatus\.")]
    private static partial Regex StatusAssigned();

    [GeneratedRegex(@"\bnew\s+ApprovalEntity\b")]
    private static partial Regex Created();
}
