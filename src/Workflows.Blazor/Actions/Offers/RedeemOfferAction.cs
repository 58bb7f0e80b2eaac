using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Rewards;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Offers;

/// <summary>
/// Marks a sent offer's code used, once: on an order of the same customer when one is named (a workflow triggered by
/// a new order calls it with the code the customer gave). A re-run of the same step answers as the first run did;
/// any other use of a used code is a step error.
/// </summary>
public sealed class RedeemOfferAction(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("offer.redeem", "Offers and rewards",
        "Marks the code of an offer sent with “Send offer” as used, on an order when one is given; a code is used once.",
        [
            ActionParameter.Mandatory("code", ParameterType.String, "the code the customer gave, e.g. OFFER-7F3A9C21"),
            ActionParameter.Optional("orderId", ParameterType.String, "the order it was used on; it must be the same customer's"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Redeem offer",
        Synonyms = ["redeem", "use code", "coupon used", "offer used", "redemption"],
        Outputs = OfferSendJson.Shape,
        Aliases = ["redeem_offer", "offer_redeem"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var code = CouponCodes.Normalise(invocation.RequireString("code"));
        var orderId = invocation.GetString("orderId") is { Length: > 0 } given ? given.Trim() : null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var send = await db.OfferSends.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, cancellationToken)
            ?? throw new StepFailedException($"No offer was sent with the code '{code}'.");
        if (send.RedeemedAt is not null)
        {
            return send.RedemptionKey == invocation.IdempotencyKey
                ? new ActionResult(OfferSendJson.ToJson(send))
                : throw new StepFailedException($"The code {code} was already used on {send.RedeemedAt:yyyy-MM-dd}{(send.RedeemedOrderId is { } on ? $" (order {on})" : "")}.");
        }
        if (orderId is not null)
        {
            var order = await EntityLookup.RequireAsync(db.Orders, orderId, "order", cancellationToken);
            if (order.CustomerId != send.CustomerId)
            {
                throw new StepFailedException($"The code {code} was sent to another customer than the one who placed order {orderId}.");
            }
        }
        var now = time.GetUtcNow();
        // Only the first redemption of a code changes the row, however many steps try at once.
        var changed = await db.OfferSends.Where(s => s.Id == send.Id && s.RedeemedAt == null).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.RedeemedAt, now)
            .SetProperty(s => s.RedeemedOrderId, orderId)
            .SetProperty(s => s.RedemptionKey, invocation.IdempotencyKey), cancellationToken);
        if (changed == 0)
        {
            return await ExecuteAsync(invocation, cancellationToken);
        }
        return new ActionResult(OfferSendJson.ToJson(await db.OfferSends.AsNoTracking().SingleAsync(s => s.Id == send.Id, cancellationToken)));
    }
}
