using Workflows.Blazor.Components.Pages;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Components;

public sealed class HomePageTests : AppComponentTest
{
    [Fact]
    public async Task HomePage_ListsRecentRuns_WithFailuresFirst()
    {
        var id = await ImportAsync(TestWorkflows.Greeting());
        await AddRunAsync(id, ExecutionStatus.Completed, TimeSpan.FromMinutes(1));
        var failed = await AddRunAsync(id, ExecutionStatus.Failed, TimeSpan.FromDays(2), "greet");
        await AddRunAsync(id, ExecutionStatus.Completed, TimeSpan.FromHours(1));

        var cut = Render<HomePage>();

        var runs = cut.WaitForElements("[data-testid=recent-run]", 3);
        Assert.Equal(["failed", "completed", "completed"], runs.Select(r => r.GetAttribute("data-status")));
        Assert.Equal($"executions/{failed}", runs[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("at greet", runs[0].TextContent);
    }

    [Fact]
    public async Task HomePage_ShowsADesignerTheAssistantTemplatesAndRecentWorkflows_ButNotTheInbox()
    {
        await ImportAsync(TestWorkflows.Greeting());

        var cut = Render<HomePage>();

        cut.WaitForElement("[data-testid=recent-workflow]");
        Assert.Equal("assistant", cut.Find("[data-testid=start-assistant] a").GetAttribute("href"));
        Assert.NotEmpty(cut.FindAll("[data-testid=use-template]"));
        Assert.Empty(cut.FindAll("[data-testid=pending-approvals]"));
    }

    [Fact]
    public async Task HomePage_ShowsAReviewerThePendingApprovals_AndNoDesignTools()
    {
        SignInAs(Roles.Reviewer);
        await AddApprovalAsync(ApprovalStatus.Pending);
        await AddApprovalAsync(ApprovalStatus.Pending);
        await AddApprovalAsync(ApprovalStatus.Approved);

        var cut = Render<HomePage>();

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-testid=pending-count]").TextContent));
        Assert.Equal("inbox", cut.Find("[data-testid=pending-approvals] a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=start-assistant]"));
        Assert.Empty(cut.FindAll("[data-testid=recent-workflows]"));
        Assert.Empty(cut.FindAll("[data-testid=use-template]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=my-decisions]"));
        Assert.DoesNotContain("template", cut.Markup, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HomePage_ShowsAReviewerTheirOwnRecentDecisions_NotOthers()
    {
        SignInAs(Roles.Reviewer);
        await AddApprovalAsync(ApprovalStatus.Approved, decidedBy: $"{Roles.Reviewer}@example.com", title: "Mine");
        await AddApprovalAsync(ApprovalStatus.Rejected, decidedBy: "someone@example.com", title: "Theirs");

        var cut = Render<HomePage>();

        var decision = cut.WaitForElement("[data-testid=my-decision]");
        Assert.Contains("Mine", decision.TextContent);
        Assert.Contains("Approved", decision.TextContent);
        Assert.Single(cut.FindAll("[data-testid=my-decision]"));
    }

    [Fact]
    public async Task HomePage_ShowsAnAdminFailuresAndWaitingRuns_AndTheWayToUsers()
    {
        SignInAs(Roles.Admin);
        var id = await ImportAsync(TestWorkflows.Greeting());
        await AddRunAsync(id, ExecutionStatus.Failed, TimeSpan.FromHours(2), "greet");
        await AddRunAsync(id, ExecutionStatus.Failed, TimeSpan.FromDays(3), "greet");
        await AddRunAsync(id, ExecutionStatus.Waiting, TimeSpan.FromHours(1));

        var cut = Render<HomePage>();

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid=failed-count]").TextContent));
        Assert.Equal("1", cut.Find("[data-testid=waiting-count]").TextContent);
        Assert.Equal("settings", cut.Find("[data-testid=manage-users]").GetAttribute("href"));
    }

    [Fact]
    public void HomePage_ShowsNoHealthPanel_ToADesigner()
    {
        var cut = Render<HomePage>();

        Assert.Empty(cut.FindAll("[data-testid=admin-health]"));
    }

    private Task AddApprovalAsync(ApprovalStatus status, string? decidedBy = null, string title = "VIP offer") => App.QueryAsync(db =>
    {
        db.Approvals.Add(new ApprovalEntity
        {
            Id = Guid.NewGuid().ToString("N"), Title = title, Status = status, CreatedAt = App.Clock.GetUtcNow(),
            DecidedBy = decidedBy, DecidedAt = decidedBy is null ? null : App.Clock.GetUtcNow(),
        });
        return db.SaveChangesAsync();
    });
}
