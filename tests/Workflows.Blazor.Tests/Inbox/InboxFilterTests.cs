using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Kernel;

namespace Workflows.Blazor.Tests.Inbox;

public sealed class InboxFilterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(-1, InboxFilter.Overdue, true)]
    [InlineData(-1, InboxFilter.DueSoon, false)]
    [InlineData(5, InboxFilter.DueSoon, true)]
    [InlineData(30, InboxFilter.DueSoon, false)]
    public void Matches_ByDueTime(int dueInHours, string due, bool expected) =>
        Assert.Equal(expected, new InboxFilter(Due: due).Matches(Item(dueAt: Now.AddHours(dueInHours)), Now));

    [Fact]
    public void Matches_SearchInTheData_AndThePriority()
    {
        var item = Item(priority: "high");

        Assert.True(new InboxFilter(Priority: "high", Search: "lamarr").Matches(item, Now));
        Assert.False(new InboxFilter(Priority: "low").Matches(item, Now));
        Assert.False(new InboxFilter(Search: "torvalds").Matches(item, Now));
    }

    [Fact]
    public void Matches_TheWorkflowAndTheAssignee()
    {
        var item = Item() with { WorkflowId = "wf_vip", Assignee = "Reviewer" };

        Assert.True(new InboxFilter(Workflow: "wf_vip", Assignee: "reviewer").Matches(item, Now));
        Assert.False(new InboxFilter(Workflow: "wf_other").Matches(item, Now));
        Assert.False(new InboxFilter(Assignee: "Admin").Matches(item, Now));
    }

    [Fact]
    public void Csv_QuotesCells_AndDisarmsFormulas()
    {
        var item = Item() with { Comment = "=HYPERLINK(\"x\"), ok" };

        var csv = ApprovalCsv.Write([item]);

        Assert.Contains("\"'=HYPERLINK(\"\"x\"\"), ok\"", csv);
    }

    private static ApprovalItem Item(DateTimeOffset? dueAt = null, string priority = "normal") => ApprovalItem.From(new ApprovalEntity
    {
        Id = "apr_1",
        Title = "VIP offer",
        Status = ApprovalStatus.Pending,
        Priority = priority,
        DueAt = dueAt,
        DataJson = """{ "customer": { "name": "Guido Lamarr" } }""",
        CreatedAt = Now,
    });
}
