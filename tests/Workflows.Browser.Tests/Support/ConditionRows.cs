using Microsoft.Playwright;

namespace Workflows.Browser.Tests.Support;

/// <summary>Fills the last row of a condition builder as a marketer does: a field and a check picked from their lists, then the value.</summary>
internal static class ConditionRows
{
    public static async Task ChooseConditionAsync(this IPage page, ILocator builder, string field, string check, string value)
    {
        var row = builder.Locator(".condition-row").Last;
        await row.Locator(".field .mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(field, new() { Exact = true }).First.ClickAsync();
        await row.Locator(".operator .mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(check, new() { Exact = true }).ClickAsync();
        var box = row.Locator("input[data-testid=condition-value]");
        await box.FillAsync(value);
        await box.PressAsync("Tab");
    }
}
