using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

/// <summary>Open pages show what happens elsewhere as it is committed, without being reloaded.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveUpdatesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string WaitForShipping = """
        {
          "name": "Thank them once the order ships",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "shipped" } },
            { "stepSlug": "shipped", "stepType": "wait", "config": { "event": "order.shipped", "timeout": "2 days" }, "nextSteps": { "success": "thank", "timeout": "end" } },
            { "stepSlug": "thank", "stepType": "action", "config": { "type": "set_variables", "parameters": { "thanked": true } }, "nextSteps": { "success": "end" } }
          ]
        }
        """;

    /// <summary>Set on the page before the change; a reload would lose it.</summary>
    private const string Marker = "window.liveUpdateMarker";

    [Fact]
    public async Task RunPage_ShowsTheRunCompleted_WithoutReloading_WhenTheEventItWaitedForArrives()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var customer = $"cust_{Guid.NewGuid():N}";
        var executionId = await api.RunAsync(await api.ImportAsync(WaitForShipping), new { customerId = customer });
        await api.WaitForStatusAsync(executionId, "waiting");
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync($"/executions/{executionId}");
        var status = page.GetByTestId("execution-status").First;
        await Expect(status).ToHaveAttributeAsync("data-status", "waiting");
        await page.EvaluateAsync($"{Marker} = true");

        await api.PublishEventAsync("order.shipped", customer, new { carrier = "DHL" });

        await Expect(status).ToHaveAttributeAsync("data-status", "completed");
        Assert.True(await page.EvaluateAsync<bool>($"{Marker} === true"));
    }

    [Fact]
    public async Task PendingBadge_DropsByOne_WithoutReloading_WhenARunWaitingForApprovalIsCancelledElsewhere()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var workflowId = await api.ImportAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json")));
        var executionId = await api.RunAsync(workflowId, new { customerId = "cust_007" });
        await api.WaitForStatusAsync(executionId, "waiting");
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/workflows");
        var badge = page.GetByTestId("inbox-count");
        await Expect(badge).ToBeVisibleAsync();
        var before = int.Parse((await badge.TextContentAsync())!.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        await page.EvaluateAsync($"{Marker} = true");

        await api.CancelAsync(executionId);

        if (before == 1)
        {
            await Expect(badge).ToHaveCountAsync(0);
        }
        else
        {
            await Expect(badge).ToHaveTextAsync((before - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.True(await page.EvaluateAsync<bool>($"{Marker} === true"));
    }
}
