using Workflows.Blazor.Components.Pages;
using Workflows.Blazor.Data.Entities;
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
        await AddApprovalAsync("pending");
        await AddApprovalAsync("pending");
        await AddApprovalAsync("approved");

        var cut = Render<HomePage>();

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-testid=pending-count]").TextContent));
        Assert.Equal("inbox", cut.Find("[data-testid=pending-approvals] a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=start-assistant]"));
        Assert.Empty(cut.FindAll("[data-testid=recent-workflows]"));
        Assert.Empty(cut.FindAll("[data-testid=use-template]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=recent-runs]"));
    }

    private Task AddApprovalAsync(string status) => App.QueryAsync(db =>
    {
        db.Approvals.Add(new ApprovalEntity { Id = Guid.NewGuid().ToString("N"), Title = "VIP offer", Status = status, CreatedAt = App.Clock.GetUtcNow() });
        return db.SaveChangesAsync();
    });
}
