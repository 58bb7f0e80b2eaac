using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Pages.Inbox;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Components;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Inbox;

/// <summary>A decision made with the inbox page's buttons is audited like one made through the API.</summary>
public sealed class InboxDecisionAuditTests : AppComponentTest
{
    public InboxDecisionAuditTests() => Services.AddSingleton(App.Services.GetRequiredService<ApprovalCommands>());

    [Fact]
    public async Task InboxDecision_IsAudited_UnderTheItemsTitleAndWorkflowName()
    {
        var workflowId = await ImportAsync(InboxWorkflows.Review());
        var item = new ApprovalEntity { Id = "apr_page", Title = "VIP offer for Ada", Status = ApprovalStatus.Pending, WorkflowId = workflowId, CreatedAt = App.Clock.GetUtcNow() };
        await App.QueryAsync(async db =>
        {
            db.Approvals.Add(item);
            return await db.SaveChangesAsync();
        });
        SignInAs(Roles.Reviewer);
        var cut = Render<ApprovalDetail>(parameters => parameters.Add(p => p.Item, ApprovalItem.From(item)).Add(p => p.Reviewer, "reviewer@example.com"));

        await cut.Find("[data-testid=approve]").ClickAsync(new());

        var entry = Assert.Single(await App.Services.GetRequiredService<AuditQueries>().RecentAsync(10, AuditActions.ApprovalDecided));
        Assert.Equal("reviewer@example.com", entry.Actor);
        Assert.Equal("VIP offer for Ada · Review an offer", entry.Target);
        Assert.DoesNotContain("apr_page", entry.Target);
    }
}
