using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workflows.Blazor.Actions;
using Workflows.Blazor.Components.Pages.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Components.Data;

/// <summary>The Data page's order form over the real app: what it refuses, what it adds up, and the order it places.</summary>
public sealed class PlaceOrderDialogTests : AppComponentTest
{
    public PlaceOrderDialogTests()
    {
        Services.AddSingleton(App.Services.GetRequiredService<StoreQueries>());
        Services.AddSingleton(App.Services.GetRequiredService<DataEdits>());
    }

    [Fact]
    public async Task PlaceOrder_SaysWhatIsMissing_AndPlacesNothing_WhenTheFormIsEmpty()
    {
        var (provider, _) = await OpenAsync();

        provider.Find("[data-testid=place-order]").Click();

        var problems = provider.Find("[data-testid=order-problems]").TextContent;
        Assert.Contains("Choose the customer who ordered.", problems);
        Assert.Contains("Add at least one product.", problems);
        Assert.Empty(await App.QueryAsync(db => db.Orders.AsNoTracking().ToListAsync()));
    }

    [Fact]
    public async Task PlaceOrder_RefusesAQuantityOverWhatTheStoreRecords_AndAProductTwice()
    {
        var (provider, _) = await OpenAsync();
        await ChooseCustomerAsync(provider, "ada");
        await ChooseProductAsync(provider, line: 0, "espresso");
        await SetQuantityAsync(provider, line: 0, 10_001);
        provider.Find("[data-testid=add-order-line]").Click();
        await ChooseProductAsync(provider, line: 1, "espresso");

        provider.Find("[data-testid=place-order]").Click();

        var problems = provider.Find("[data-testid=order-problems]").TextContent;
        Assert.Contains("Line 1: The quantity is a whole number from 1 to 10,000.", problems);
        Assert.Contains("Line 2: Espresso beans is already on line 1: change the quantity there.", problems);
        Assert.DoesNotContain("customer", problems);
        Assert.Empty(await App.QueryAsync(db => db.Orders.AsNoTracking().ToListAsync()));
    }

    [Fact]
    public async Task ProductPicker_OffersOnlyProductsOnSale_NotDraftsOrArchivedOnes()
    {
        await App.QueryAsync(db =>
        {
            db.Products.Add(new ProductEntity { Id = "prod_old_tea", Name = "Old tea blend", Category = "Tea", Price = 3, Stock = 5, Status = "archived" });
            db.Products.Add(new ProductEntity { Id = "prod_new_tea", Name = "New tea blend", Category = "Tea", Price = 5, Stock = 0, Status = "draft" });
            return db.SaveChangesAsync();
        });
        var (provider, _) = await OpenAsync();

        var offered = await provider.FindComponent<MudAutocomplete<ProductRow>>().Instance.SearchFunc!("tea", CancellationToken.None)!;

        Assert.Equal(["Green tea"], offered!.Select(p => p.Name));
    }

    [Fact]
    public async Task PlaceOrder_AddsUpEachLineAndTheTotal_FromTheStoresPrices()
    {
        var (provider, _) = await OpenAsync();
        await ChooseProductAsync(provider, line: 0, "espresso");
        await SetQuantityAsync(provider, line: 0, 2);
        provider.Find("[data-testid=add-order-line]").Click();
        await ChooseProductAsync(provider, line: 1, "tea");
        await SetQuantityAsync(provider, line: 1, 3);

        Assert.Equal(["$25.00", "$12.75"], provider.FindAll("[data-testid=order-line-total]").Select(t => t.TextContent.Trim()));
        Assert.Equal("Total $37.75", provider.Find("[data-testid=order-total]").TextContent.Trim());
        Assert.Contains("$12.50 each", provider.FindAll("[data-testid=order-line]")[0].TextContent);
    }

    [Fact]
    public async Task PlaceOrder_PlacesARealOrder_AndStartsTheWorkflowListeningForOrderPlaced()
    {
        var api = await App.CreateApiClientAsync();
        var listenerId = await api.ImportAsync(TestWorkflows.Note(TestWorkflows.EventTrigger("order.placed"),
            """{ "order": "{{input.data.id}}", "note": "{{input.data.note}}" }"""));
        await api.ActivateAsync(listenerId);
        var (provider, dialog) = await OpenAsync();
        await ChooseCustomerAsync(provider, "ada");
        await ChooseProductAsync(provider, line: 0, "tea");
        await SetQuantityAsync(provider, line: 0, 4);
        await provider.InvokeAsync(() => provider.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("Gift wrap, please"));

        provider.Find("[data-testid=place-order]").Click();

        var placed = Assert.IsType<OrderRow>((await dialog.Result)!.Data);
        var stored = await App.QueryAsync(db => db.Orders.AsNoTracking().Include(o => o.Items).SingleAsync());
        Assert.Equal((placed.Id, "c1", 17.0, "Gift wrap, please"), (stored.Id, stored.CustomerId, stored.Total, stored.Note));
        Assert.Equal(("prod_tea", 4, 4.25), (stored.Items.Single().ProductId, stored.Items.Single().Quantity, stored.Items.Single().UnitPrice));
        var listened = Assert.Single(await App.WaitForExecutionsAsync(listenerId, 1));
        var variables = (await api.WaitForStatusAsync(listened.Id, "completed"))["variables"]!;
        Assert.Equal((placed.Id, "Gift wrap, please"), (variables["order"]!.GetValue<string>(), variables["note"]!.GetValue<string>()));
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> OpenAsync()
    {
        await App.QueryAsync(db =>
        {
            db.Customers.Add(new CustomerEntity { Id = "c1", Name = "Ada Lovelace", Email = "ada@example.com", Status = "active", Tier = "gold" });
            db.Products.Add(new ProductEntity { Id = "prod_espresso", Name = "Espresso beans", Category = "Coffee", Price = 12.5, Stock = 40, Status = "active" });
            db.Products.Add(new ProductEntity { Id = "prod_tea", Name = "Green tea", Category = "Tea", Price = 4.25, Stock = 90, Status = "active" });
            return db.SaveChangesAsync();
        });
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await dialogs.ShowAsync<PlaceOrderDialog>("New order"));
        return (provider, dialog!);
    }

    private static Task ChooseCustomerAsync(IRenderedComponent<MudDialogProvider> provider, string search) =>
        ChooseAsync(provider.FindComponent<MudAutocomplete<CustomerRow>>(), search);

    private static Task ChooseProductAsync(IRenderedComponent<MudDialogProvider> provider, int line, string search) =>
        ChooseAsync(provider.FindComponents<MudAutocomplete<ProductRow>>()[line], search);

    /// <summary>What picking the one match of <paramref name="search"/> in the list does.</summary>
    private static async Task ChooseAsync<T>(IRenderedComponent<MudAutocomplete<T>> picker, string search)
    {
        var found = await picker.Instance.SearchFunc!(search, CancellationToken.None)!;
        var match = Assert.Single(found!);
        await picker.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync(match));
    }

    private static Task SetQuantityAsync(IRenderedComponent<MudDialogProvider> provider, int line, int quantity)
    {
        var field = provider.FindComponents<MudNumericField<int?>>()[line];
        return field.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync(quantity));
    }
}
