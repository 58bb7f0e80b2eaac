using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Messaging;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Customers;

/// <summary>
/// Seed 000's "notify account manager": emails the member of staff who owns the customer, through the outbox, once per
/// step even when the step is re-run after a crash. The email is not tracked as the customer's: it is staff mail.
/// </summary>
public sealed class NotifyAccountManagerAction(IDbContextFactory<AppDbContext> contexts, EmailSender sender) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("account_manager.notify", "Messages",
        "Emails the customer's account manager, e.g. about a complaint or a big order; fails when the customer has none.",
        [
            ActionParameter.Mandatory("customerId", ParameterType.String, "the customer the message is about"),
            ActionParameter.Mandatory("subject", ParameterType.String, "the subject line"),
            ActionParameter.Mandatory("body", ParameterType.String, "the message, as text or simple HTML") with { IsMessage = true, Multiline = true },
        ])
    {
        Effect = Effect.SendsMessage,
        Label = "Notify account manager",
        Synonyms = ["account manager", "owner", "alert sales", "notify staff", "escalate"],
        Outputs =
        [
            .. OutputShapes.SentMessage,
            Text("accountManager", "Account manager", "Maya Fischer"),
            Text("accountManagerEmail", "Account manager's email", "maya.fischer@example.com"),
        ],
        Aliases = ["notify_account_manager", "crm.notify_account_manager"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var customerId = invocation.RequireString("customerId");
        var subject = invocation.RequireString("subject");
        var body = invocation.RequireMessage("body");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await EntityLookup.RequireAsync(db.Customers, customerId, "customer", cancellationToken);
        var manager = customer.AccountManagerId is { } id ? await db.AccountManagers.FindAsync([id], cancellationToken) : null;
        if (manager is null)
        {
            throw new StepFailedException($"{customer.Name} has no account manager, so there is nobody to notify. Assign one on the Data page first.");
        }
        var sent = await sender.SendAsync(new OutgoingMessage(MessageKinds.Email, manager.Email, subject, body.Body)
        {
            BodyIsHtml = body.IsHtml,
            DataRanges = body.DataRanges,
            ExecutionId = invocation.ExecutionId(),
            IdempotencyKey = invocation.IdempotencyKey,
        }, cancellationToken);
        var output = sent.ToJson();
        output["accountManager"] = manager.Name;
        output["accountManagerEmail"] = manager.Email;
        output["customerId"] = customer.Id;
        return new ActionResult(output);
    }
}
