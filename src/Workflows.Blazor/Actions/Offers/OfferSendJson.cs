using System.Text.Json.Nodes;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Model;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Offers;

/// <summary>A sent offer as workflows see it, with its redemption once there is one.</summary>
internal static class OfferSendJson
{
    public static IReadOnlyList<DataField> Shape { get; } =
    [
        Text("offerSendId", "Sent offer ID", "ofs_0193a1b2c3d4e5f6a7b8"),
        Text("offerId", "Offer ID", "offer_vip_20"),
        Text("customerId", "Customer ID", "cust_456"),
        Text("code", "Redemption code", "OFFER-7F3A9C21"),
        Text("channel", "Sent by", "email"),
        Text("text", "What the customer read"),
        Date("sentAt", "Sent", "2026-11-23T08:00:00Z"),
        Boolean("redeemed", "Redeemed", "false"),
        Date("redeemedAt", "Redeemed on", "2026-11-30T14:20:00Z"),
        Text("orderId", "Order it was redeemed on", "ord_900"),
    ];

    public static JsonObject ToJson(OfferSendEntity send) => new()
    {
        ["offerSendId"] = send.Id,
        ["offerId"] = send.OfferId,
        ["customerId"] = send.CustomerId,
        ["code"] = send.Code,
        ["channel"] = send.Channel,
        ["text"] = send.Text,
        ["sentAt"] = JsonStore.Time(send.SentAt),
        ["redeemed"] = send.RedeemedAt is not null,
        ["redeemedAt"] = JsonStore.Time(send.RedeemedAt),
        ["orderId"] = send.RedeemedOrderId,
    };
}
