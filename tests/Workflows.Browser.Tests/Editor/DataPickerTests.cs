using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Workflows.Browser.Tests.Editor.CanvasGestures;

namespace Workflows.Browser.Tests.Editor;

[Collection(EditorBrowserCollection.Name)]
public sealed class DataPickerTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData(1440, 900)]
    [InlineData(1280, 720)]
    public async Task Marketer_InsertsACustomersName_AtTheCaret_FromThePicker(int width, int height)
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var id = await api.ImportAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json")));
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.OpenAsync($"/workflows/{id}");

        await Node(page, "send_vip_offer").ClickAsync();
        var subject = Field(page, "parameters.subject");
        await subject.FillAsync(", a gift for you");
        await subject.PressAsync("Home");
        await page.GetByTestId("pick-parameters.subject").ClickAsync();
        await Expect(page.GetByTestId("data-picker")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("pick-steps.get_customer.output.name")).ToContainTextAsync("Name");
        await page.SaveScreenshotAsync($"data-picker-{width}");
        await page.GetByTestId("pick-steps.get_customer.output.name").ClickAsync();

        await Expect(TokenField(page, "parameters.subject")).ToHaveAttributeAsync("data-text", "{{steps.get_customer.output.name}}, a gift for you");
        await Expect(subject).ToHaveTextAsync("Get customer › Name, a gift for you");

        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("unsaved")).ToHaveCountAsync(0);
        await page.OpenAsync($"/workflows/{id}");
        await Node(page, "send_vip_offer").ClickAsync();
        await Expect(Field(page, "parameters.subject").Locator(".token-chip")).ToHaveTextAsync("Get customer › Name");
        await Expect(TokenField(page, "parameters.subject")).ToHaveAttributeAsync("data-text", "{{steps.get_customer.output.name}}, a gift for you");
        await Field(page, "parameters.body").ScrollIntoViewIfNeededAsync();
        await page.SaveDocScreenshotAsync("editor-field-chips");
    }
}
