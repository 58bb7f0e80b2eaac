using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Actions;
using Workflows.Blazor.Components.Pages;
using Workflows.Blazor.Components.Pages.Data;
using Workflows.Blazor.Components.Shared;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Security;
using Workflows.Blazor.Store;
using Workflows.Blazor.Templates;
using Workflows.Blazor.Tests.Support;

using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Components;

/// <summary>What people read on chips, lists and cards: words, never stored codes or ids.</summary>
public sealed class PlainWordsTests(SharedApp shared) : AppComponentTest(shared), IClassFixture<SharedApp>
{
    [Theory]
    [InlineData("at_risk", "At risk")]
    [InlineData("timed out", "Timed out")]
    [InlineData("completed", "Completed")]
    [InlineData("vip", "VIP")]
    [InlineData("WaitingForApproval", "Waiting for approval")]
    public void StatusText_GivesWords_ForAStoredStatus(string status, string expected) =>
        Assert.Equal(expected, StatusText.Label(status));

    [Fact]
    public async Task CustomersPanel_ShowsAtRisk_ForAnAtRiskCustomer()
    {
        Services.AddSingleton(App.Services.GetRequiredService<StoreQueries>());
        Services.AddSingleton(App.Services.GetRequiredService<DataEdits>());
        Services.AddSingleton(App.Services.GetRequiredService<CustomerLoyalty>());
        Services.AddSingleton(App.Services.GetRequiredService<global::Workflows.Blazor.Actions.Customers.CustomerCommands>());
        await App.QueryAsync(db =>
        {
            db.Customers.Add(new CustomerEntity { Id = "c1", Name = "Ada Lovelace", Email = "ada@example.com", Status = "at_risk", Tier = "gold" });
            return db.SaveChangesAsync();
        });

        var cut = Render<CustomersPanel>();

        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("[data-testid=customer-status]"), chip => chip.TextContent.Trim() == "At risk"));
        Assert.DoesNotContain("at_risk", cut.Find("[data-testid=customers-table] tbody").TextContent);
    }

    [Fact]
    public void ExecutionStatusChip_ShowsACapitalisedWord_AndKeepsTheStatusForTests()
    {
        var cut = Render<ExecutionStatusChip>(parameters => parameters.Add(p => p.Status, (Enum)ExecutionStatus.Completed));

        Assert.Equal("Completed", cut.Find("[data-testid=execution-status]").TextContent.Trim());
        Assert.Equal("completed", cut.Find("[data-testid=execution-status]").GetAttribute("data-status"));
    }

    [Fact]
    public async Task InboxPage_NamesTheWorkflow_InTheListAndTheHeader()
    {
        SignInAs(Roles.Reviewer);
        Services.AddSingleton(App.Services.GetRequiredService<ApprovalCommands>());
        var workflowId = await ImportAsync(TestWorkflows.Greeting());
        var name = (await Store.GetAsync(workflowId)).Name;
        await App.QueryAsync(db =>
        {
            db.Approvals.Add(new ApprovalEntity
            {
                Id = "a1", Title = "VIP offer", Status = ApprovalStatus.Pending, WorkflowId = workflowId, StepSlug = "review",
                CreatedAt = App.Clock.GetUtcNow(),
            });
            return db.SaveChangesAsync();
        });

        var cut = Render<InboxPage>();

        cut.WaitForAssertion(() => Assert.Contains(name, cut.Find("[data-testid=inbox-item]").TextContent));
        Assert.DoesNotContain(workflowId, cut.Find("[data-testid=inbox-item]").TextContent);
        Assert.Contains(name, cut.Find("[data-testid=approval-detail] .mud-typography-caption").TextContent);
        Assert.DoesNotContain(workflowId, cut.Find("[data-testid=approval-detail] .mud-typography-caption").TextContent);
    }

    [Fact]
    public void TemplateLibrary_DescribesEveryTemplate_InBusinessTerms()
    {
        var templates = App.Services.GetRequiredService<WorkflowTemplateLibrary>().All;

        Assert.NotEmpty(templates);
        Assert.All(templates, template =>
        {
            Assert.False(string.IsNullOrWhiteSpace(template.Definition.Description), $"{template.Key} has no description");
            Assert.DoesNotMatch("(?i)seed|guide|pattern", template.Definition.Description);
        });
    }
}
