using Workflows.Blazor.Components.Pages.Settings;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Components;

public sealed class AuditPanelTests : AppComponentTest
{
    [Fact]
    public async Task AuditPanel_LinksTheTarget_ByItsName()
    {
        var (id, _) = await Commands.ImportAsync(WorkflowJson.Parse(TestWorkflows.Greeting()), "designer@example.com");

        var cut = Render<AuditPanel>();

        var link = cut.WaitForElement("[data-testid=audit-target-link]");
        Assert.Equal(("Greeting", $"/workflows/{id}"), (link.TextContent.Trim(), link.GetAttribute("href")));
        Assert.DoesNotContain(id, cut.Find("[data-testid=audit-table] tbody").TextContent);
    }
}
