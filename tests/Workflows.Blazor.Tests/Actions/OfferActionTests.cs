using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Actions;

public sealed class OfferActionTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    [Fact]
    public async Task SendOffer_EmailsTheOfferWithACodeOfItsOwn_AndRecordsItAsSent()
    {
        var executionId = Guid.NewGuid().ToString("N");

        var sent = await app.Factory.OutputOfAsync("offer.send", new JsonObject { ["customerId"] = "cust_003", ["offerId"] = "offer_vip_20" }, executionId: executionId);

        var code = sent["code"]!.GetValue<string>();
        Assert.Matches("^OFFER-[0-9A-F]{8}$", code);
        var message = Assert.Single(await OutboxOfAsync(executionId));
        Assert.Equal(("email", "VIP thank-you 20% off", "cust_003"), (message.Channel, message.Subject, message.CustomerId));
        Assert.Contains($"VIP thank-you 20% off: 20% off your next order. Use code {code} at checkout.", message.Body);
        Assert.StartsWith("Hi Guido, here is something for you.", sent["text"]!.GetValue<string>());
        var record = await app.Factory.QueryAsync(db => db.OfferSends.AsNoTracking().SingleAsync(s => s.Code == code));
        Assert.Equal(("cust_003", "offer_vip_20", message.Id, null), (record.CustomerId, record.OfferId, record.MessageId, record.RedeemedAt));
    }

    [Fact]
    public async Task SendOffer_SendsOnceWithOneCode_WhenTheSameStepRunsAgain()
    {
        var executionId = Guid.NewGuid().ToString("N");
        JsonObject Offer() => new() { ["customerId"] = "cust_004", ["offerId"] = "offer_free_shipping", ["channel"] = "sms" };

        var first = await app.Factory.OutputOfAsync("send_offer", Offer(), executionId: executionId);
        var again = await app.Factory.OutputOfAsync("send_offer", Offer(), executionId: executionId);

        Assert.Equal(first["code"]!.GetValue<string>(), again["code"]!.GetValue<string>());
        Assert.Equal("sms", Assert.Single(await OutboxOfAsync(executionId)).Channel);
        Assert.Single(await app.Factory.QueryAsync(db => db.OfferSends.AsNoTracking().Where(s => s.ExecutionId == executionId).ToListAsync()));
    }

    [Fact]
    public async Task SendOffer_GoesAsAPushNotificationToTheCustomer_WhenAskedTo()
    {
        var executionId = Guid.NewGuid().ToString("N");

        await app.Factory.OutputOfAsync("offer.send", new JsonObject { ["customerId"] = "cust_005", ["offerId"] = "offer_loyalty_500", ["channel"] = "push" }, executionId: executionId);

        var message = Assert.Single(await OutboxOfAsync(executionId));
        Assert.Equal(("push", "cust_005"), (message.Channel, message.To));
        Assert.Contains("500 loyalty points", message.Body);
    }

    [Theory]
    [InlineData("""{ "customerId": "cust_006", "offerId": "offer_none" }""", "There is no offer 'offer_none'.")]
    [InlineData("""{ "customerId": "cust_006", "offerId": "offer_vip_20", "channel": "fax" }""", "'fax' is not a way to send an offer (channel): use email, sms or push.")]
    [InlineData("""{ "customerId": "cust_006", "offerId": "offer_vip_20", "to": "not an address" }""", "'not an address'")]
    public async Task SendOffer_TakesTheErrorPortAndRecordsNothing_ForBadInput(string parameters, string error)
    {
        Assert.Contains(error, await app.Factory.ErrorOfAsync("offer.send", JsonNode.Parse(parameters)!.AsObject()));
        Assert.Empty(await app.Factory.QueryAsync(db => db.OfferSends.AsNoTracking().Where(s => s.CustomerId == "cust_006").ToListAsync()));
    }

    [Fact]
    public async Task RedeemOffer_MarksTheCodeUsedOnTheOrder_Once()
    {
        var code = (await app.Factory.OutputOfAsync("offer.send", new JsonObject { ["customerId"] = "cust_003", ["offerId"] = "offer_winback_15" }))["code"]!.GetValue<string>();
        var executionId = Guid.NewGuid().ToString("N");
        JsonObject Redeem() => new() { ["code"] = $" {code.ToLowerInvariant()} ", ["orderId"] = "ord_00007" };

        var redeemed = await app.Factory.OutputOfAsync("offer.redeem", Redeem(), executionId: executionId);
        var rerun = await app.Factory.OutputOfAsync("offer.redeem", Redeem(), executionId: executionId);
        var secondUse = await app.Factory.ErrorOfAsync("offer.redeem", Redeem());

        Assert.Equal((true, "ord_00007"), (redeemed["redeemed"]!.GetValue<bool>(), redeemed["orderId"]!.GetValue<string>()));
        Assert.Equal(redeemed.ToJsonString(), rerun.ToJsonString());
        Assert.Equal($"The code {code} was already used on 2026-11-23 (order ord_00007).", secondUse);
    }

    [Theory]
    [InlineData("OFFER-00000000", null, "No offer was sent with the code 'OFFER-00000000'.")]
    [InlineData(null, "ord_00007", "was sent to another customer than the one who placed order ord_00007.")]
    public async Task RedeemOffer_TakesTheErrorPort_ForAnUnknownCodeOrAnotherCustomersOrder(string? code, string? orderId, string error)
    {
        code ??= (await app.Factory.OutputOfAsync("offer.send", new JsonObject { ["customerId"] = "cust_007", ["offerId"] = "offer_vip_20" }))["code"]!.GetValue<string>();

        Assert.Contains(error, await app.Factory.ErrorOfAsync("offer.redeem", new JsonObject { ["code"] = code, ["orderId"] = orderId }));
    }

    private Task<List<OutboxMessageEntity>> OutboxOfAsync(string executionId) =>
        app.Factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ExecutionId == executionId).ToListAsync());
}
