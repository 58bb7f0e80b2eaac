using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workflows.Blazor.Actions;
using Workflows.Blazor.Components.Pages.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Components;

public sealed class CustomerLoyaltyViewTests : AppComponentTest
{
    private readonly DateTimeOffset _now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public CustomerLoyaltyViewTests()
    {
        Services.AddSingleton(App.Services.GetRequiredService<StoreQueries>());
        Services.AddSingleton(App.Services.GetRequiredService<DataEdits>());
        Services.AddSingleton(App.Services.GetRequiredService<CustomerLoyalty>());
        Services.AddSingleton(App.Services.GetRequiredService<global::Workflows.Blazor.Actions.Customers.CustomerCommands>());
    }

    [Fact]
    public async Task CustomersPanel_ShowsEachCustomersPointsAndAccountManager()
    {
        await AddAdaAsync();

        var cut = Render<CustomersPanel>();

        cut.WaitForAssertion(() => Assert.Equal("1,250", cut.Find("[data-testid=customer-points]").TextContent.Trim()));
        Assert.Equal("Maya Fischer", cut.Find("[data-testid=customer-manager]").TextContent.Trim());
    }

    [Fact]
    public async Task LoyaltyDialog_ListsTheRewardsLedgerAndTheOffersSent_WithTheirRedemption()
    {
        await AddAdaAsync();
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();

        await provider.InvokeAsync(() => dialogs.ShowAsync<CustomerLoyaltyDialog>("Ada Lovelace", new DialogParameters<CustomerLoyaltyDialog>
        {
            { d => d.CustomerId, "c1" }, { d => d.Points, 1250 }, { d => d.Manager, new AccountManager("am_1", "Maya Fischer", "maya@example.com") },
        }));

        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll("[data-testid=rewards-table] tbody tr")));
        Assert.Contains("1,250 loyalty points · Account manager: Maya Fischer (maya@example.com)", provider.Find("[data-testid=loyalty-summary]").TextContent);
        var reward = provider.Find("[data-testid=rewards-table] tbody tr").TextContent;
        Assert.Contains("+1,250", reward);
        Assert.Contains("15% with code SAVE15-ABCDEF12", reward);
        Assert.Contains("Birthday", reward);
        var offer = provider.Find("[data-testid=offers-table] tbody tr").TextContent;
        Assert.Contains("VIP thank-you 20% off", offer);
        Assert.Contains("2026-11-22 on order ord_1", offer);
    }

    private Task AddAdaAsync() => App.QueryAsync(db =>
    {
        db.AccountManagers.Add(new AccountManagerEntity { Id = "am_1", Name = "Maya Fischer", Email = "maya@example.com" });
        db.Customers.Add(new CustomerEntity
        {
            Id = "c1", Name = "Ada Lovelace", Email = "ada@example.com", Status = "active", Tier = "vip", AccountManagerId = "am_1", LoyaltyPoints = 1250,
        });
        db.Offers.Add(new OfferEntity { Id = "offer_vip_20", Name = "VIP thank-you 20% off", Category = "discount", Value = 20, Eligibility = "tier == 'vip'" });
        db.CustomerRewards.Add(new CustomerRewardEntity
        {
            Id = "rwd_1", CustomerId = "c1", Points = 1250, BalanceAfter = 1250, DiscountPercent = 15, CouponCode = "SAVE15-ABCDEF12", Reason = "Birthday", CreatedAt = _now,
        });
        db.OfferSends.Add(new OfferSendEntity
        {
            Id = "ofs_1", OfferId = "offer_vip_20", CustomerId = "c1", Code = "OFFER-12345678", Channel = "email", Text = "Hi Ada", SentAt = _now,
            RedeemedAt = _now.AddDays(2), RedeemedOrderId = "ord_1",
        });
        return db.SaveChangesAsync();
    });
}
