using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Actions.Rewards;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Messaging;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Actions.Offers;

/// <summary>
/// Seed 000's SendOfferAction: writes an offer from the store's offers to a customer by email, SMS or push, with a code of
/// its own, and records it as sent so <c>offer.redeem</c> can mark it used. A step re-run after a crash sends it once.
/// </summary>
public sealed class SendOfferAction(IDbContextFactory<AppDbContext> contexts, EmailSender email, SmsSender sms, PushSender push, TimeProvider time) : IActionHandler
{
    private static readonly string[] Channels = [MessageKinds.Email, MessageKinds.Sms, MessageKinds.Push];

    public ActionDeclaration Declaration { get; } = new("offer.send", "Offers and rewards",
        "Sends one of the store's offers to a customer with a code of their own, and records it as sent; “Redeem offer” marks the code used.",
        [
            ActionParameter.Mandatory("customerId", ParameterType.String, "the customer who gets the offer"),
            ActionParameter.Mandatory("offerId", ParameterType.String, "the offer, from Data → Offers & segments (e.g. what “Check offer eligibility” found)"),
            ActionParameter.Optional("channel", ParameterType.String, "email, sms or push (email when left out)"),
            ActionParameter.Optional("message", ParameterType.String, "a greeting before the offer, instead of “Hi Ana, here is something for you.”") with { Multiline = true },
            ActionParameter.Optional("subject", ParameterType.String, "the email's subject or the push title (the offer's name when left out)"),
            ActionParameter.Optional("to", ParameterType.String, "where to send it, instead of the customer's email, phone or id"),
        ])
    {
        Effect = Effect.SendsMessage,
        Label = "Send offer",
        Synonyms = ["offer", "promotion", "coupon", "discount", "send promotion", "suggest new promotion"],
        Outputs = [.. OfferSendJson.Shape, .. OutputShapes.SentMessage],
        Aliases = ["send_offer", "offer_send"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var channel = invocation.GetString("channel")?.Trim().ToLowerInvariant() switch
        {
            null or "" => MessageKinds.Email,
            var named when Channels.Contains(named) => named,
            var other => throw new StepFailedException($"'{other}' is not a way to send an offer (channel): use email, sms or push."),
        };
        var (send, isNew, offer, customer) = await ReserveAsync(invocation, channel, cancellationToken);
        var message = new OutgoingMessage(channel, Recipient(invocation, channel, customer), invocation.GetString("subject") is { Length: > 0 } subject ? subject : offer.Name, send.Text)
        {
            CustomerId = customer.Id,
            ExecutionId = invocation.ExecutionId(),
            IdempotencyKey = invocation.IdempotencyKey,
            // Names and greetings are data: nothing in them becomes a tracked link.
            DataRanges = [new TextRange(0, send.Text.Length)],
        };
        SentMessage sent;
        try
        {
            sent = channel switch
            {
                MessageKinds.Sms => await sms.SendAsync(message, cancellationToken),
                MessageKinds.Push => await push.SendAsync(message, cancellationToken),
                _ => await email.SendAsync(message, cancellationToken),
            };
        }
        catch (StepFailedException) when (isNew)
        {
            await ForgetAsync(send.Id);
            throw;
        }
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await db.OfferSends.Where(s => s.Id == send.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.MessageId, sent.MessageId), cancellationToken);
        }
        var output = OfferSendJson.ToJson(send);
        foreach (var (name, value) in sent.ToJson())
        {
            output[name] = value?.DeepClone();
        }
        return new ActionResult(output);
    }

    private static string Recipient(ActionInvocation invocation, string channel, CustomerEntity customer) => invocation.GetString("to") is { Length: > 0 } to
        ? to
        : channel switch
        {
            MessageKinds.Sms => customer.Phone is { Length: > 0 } phone ? phone : throw new StepFailedException($"{customer.Name} has no phone number, so the offer cannot go by SMS."),
            MessageKinds.Push => customer.Id,
            _ => customer.Email,
        };

    /// <summary>The step's sent-offer row: the one a previous attempt of this step wrote, or a new one with a new code.</summary>
    private async Task<(OfferSendEntity Send, bool IsNew, OfferEntity Offer, CustomerEntity Customer)> ReserveAsync(
        ActionInvocation invocation, string channel, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await EntityLookup.RequireAsync(db.Customers, invocation.RequireString("customerId"), "customer", cancellationToken);
        var offer = await EntityLookup.RequireAsync(db.Offers, invocation.RequireString("offerId"), "offer", cancellationToken);
        var (send, created) = await KeyedRecords.CreateOrFindAsync(contexts, invocation.IdempotencyKey, writing => writing.OfferSends, async writing =>
        {
            if (!offer.IsActive)
            {
                throw new StepFailedException($"The offer “{offer.Name}” has ended, so it cannot be sent.");
            }
            var code = CouponCodes.New("OFFER");
            var send = new OfferSendEntity
            {
                Id = Ids.Short("ofs"),
                OfferId = offer.Id,
                CustomerId = customer.Id,
                Code = code,
                Channel = channel,
                Text = OfferText.Render(offer, customer, invocation.GetString("message"), code),
                ExecutionId = invocation.ExecutionId(),
                IdempotencyKey = invocation.IdempotencyKey,
                SentAt = time.GetUtcNow(),
            };
            writing.OfferSends.Add(send);
            await writing.SaveChangesAsync(cancellationToken);
            return send;
        }, cancellationToken);
        return (send, created, offer, customer);
    }

    /// <summary>The message did not leave, so the offer was not sent: its row goes, even when the step is being cancelled.</summary>
    private async Task ForgetAsync(string id)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.OfferSends.Where(s => s.Id == id).ExecuteDeleteAsync(CancellationToken.None);
    }
}
