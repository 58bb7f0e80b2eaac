using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Support;

/// <summary>Picks a suggestion of a search-as-you-type box the way a person does, once the list answers what was typed.</summary>
internal static class Autocomplete
{
    /// <summary>
    /// Types <paramref name="search"/> and clicks the suggestion showing <paramref name="choice"/>. It waits until every
    /// suggestion shows the choice: the list a click on the box opens (the answer to an empty search) can already hold
    /// the choice, and a click there would be followed by the typed search's answer opening the list again.
    /// </summary>
    public static async Task PickAsync(this IPage page, ILocator box, string search, string choice)
    {
        await box.FillAsync(search);
        var suggestions = page.Locator(".mud-popover-open").GetByRole(AriaRole.Option);
        await Expect(suggestions.Filter(new() { HasText = choice })).Not.ToHaveCountAsync(0);
        await Expect(suggestions.Filter(new() { HasNotText = choice })).ToHaveCountAsync(0);
        await suggestions.Filter(new() { HasText = choice }).First.ClickAsync();
        await Expect(page.Locator(".mud-popover-open").GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
    }
}
