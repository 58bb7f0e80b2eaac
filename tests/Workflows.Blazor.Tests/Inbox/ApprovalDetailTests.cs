using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Pages.Inbox;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Tests.Components;

namespace Workflows.Blazor.Tests.Inbox;

public sealed class ApprovalDetailTests : AppComponentTest
{
    public ApprovalDetailTests() => Services.AddSingleton(App.Services.GetRequiredService<ApprovalCommands>());

    private static ApprovalItem Item(string data, string fields = "[]") => ApprovalItem.From(new ApprovalEntity
    {
        Id = "apr_1", Title = "VIP offer", Status = ApprovalStatus.Pending, DataJson = data, FieldsJson = fields,
    });

    private IRenderedComponent<ApprovalDetail> RenderDetail(ApprovalItem item) =>
        Render<ApprovalDetail>(parameters => parameters.Add(p => p.Item, item).Add(p => p.Reviewer, "reviewer@example.com"));

    [Fact]
    public void ApprovalDetail_ShowsACustomerGivenAsText_AsARow()
    {
        var cut = RenderDetail(Item("""{ "customer": "Jane Doe (gold)", "reason": "Spent over 1,000" }"""));

        var data = cut.Find("[data-testid=approval-data]").TextContent;
        Assert.Contains("Jane Doe (gold)", data);
        Assert.Contains("Spent over 1,000", data);
        Assert.Empty(cut.FindAll("[data-testid=customer-card]"));
    }

    [Fact]
    public void ApprovalDetail_ShowsEveryDetailOfACustomerRecord_InItsCard()
    {
        var cut = RenderDetail(Item("""{ "customer": { "name": "Jane Doe", "email": "jane@example.com", "totalSpent": 555.9, "source": "newsletter" } }"""));

        var card = cut.Find("[data-testid=customer-card]").TextContent;
        Assert.Contains("Jane Doe", card);
        Assert.Contains("555.90", card);
        Assert.Contains("Newsletter", card);
        Assert.DoesNotContain("{", card);
    }

    [Fact]
    public async Task ApprovalDetail_RefusesToApprove_AValueAboveTheFieldsMaximum()
    {
        var cut = RenderDetail(Item("{}", """[ { "name": "offerValue", "label": "Offer value", "type": "money", "min": 0, "max": 500, "default": 100 } ]"""));

        cut.Find("[data-testid=field-offerValue]").Input("750");
        await cut.InvokeAsync(() => cut.Instance.DecideAsync(ApprovalStatus.Approved));

        Assert.Contains("Offer value must be at most $500.00.", cut.Find("[data-testid=form-errors]").TextContent);
    }
}
