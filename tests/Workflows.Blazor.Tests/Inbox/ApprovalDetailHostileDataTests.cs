using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Pages.Inbox;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Tests.Components;

namespace Workflows.Blazor.Tests.Inbox;

/// <summary>The inbox shows an approval's data as text: a customer's name or a model's answer never becomes markup.</summary>
public sealed class ApprovalDetailHostileDataTests : AppComponentTest
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(1)>";
    private const string Link = "<a href=\"javascript:alert(1)\">Approve me</a>";

    public ApprovalDetailHostileDataTests()
    {
        Services.AddSingleton(App.Services.GetRequiredService<ApprovalCommands>());
    }

    [Fact]
    public void ApprovalDetail_ShowsHostileDataAsText_InTitleCustomerAndOtherData()
    {
        var item = new ApprovalEntity
        {
            Id = "appr_1",
            Title = $"VIP offer for {Script}",
            Description = Link,
            Status = ApprovalStatus.Pending,
            DataJson = new JsonObject
            {
                ["customer"] = new JsonObject { ["name"] = Image, ["email"] = Link, ["tier"] = Script },
                ["draft"] = $"{Link} {Script}",
            }.ToJsonString(),
        };

        var cut = Render<ApprovalDetail>(parameters => parameters.Add(p => p.Item, ApprovalItem.From(item)).Add(p => p.Reviewer, "reviewer@example.com"));

        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("a[href^='javascript']"));
        var text = cut.Find("[data-testid=approval-detail]").TextContent;
        Assert.Contains($"VIP offer for {Script}", text);
        Assert.Contains(Link, text);
        Assert.Contains(Image, cut.Find("[data-testid=customer-card]").TextContent);
        Assert.Contains(Script, cut.Find("[data-testid=approval-data]").TextContent);
    }
}
