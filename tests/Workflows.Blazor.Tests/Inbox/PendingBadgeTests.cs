using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Layout;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Tests.Components;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Inbox;

/// <summary>The navigation's pending count follows every change to the inbox as it is committed.</summary>
public sealed class PendingBadgeTests : AppComponentTest
{
    [Fact]
    public async Task PendingBadge_DropsTheItem_WhenItsRunIsCancelled()
    {
        var client = await App.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(InboxWorkflows.Review());
        var executionId = await client.StartRunAsync(workflowId, new { input = new { name = "Ada" } });
        await client.WaitForStatusAsync(executionId, "waiting");
        var cut = Render<PendingBadge>();
        Assert.Equal("1", cut.Find("[data-testid=inbox-count]").TextContent);

        await App.Services.GetRequiredService<ExecutionCommands>().CancelAsync(executionId, "designer@example.com");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=inbox-count]")), TimeSpan.FromSeconds(10));
    }
}
