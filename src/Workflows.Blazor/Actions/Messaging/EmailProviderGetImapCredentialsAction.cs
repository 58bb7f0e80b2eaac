using System.Text.Json.Nodes;
using Workflows.Blazor.Messaging;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Messaging;

/// <summary>
/// <c>email_provider.get_imap_credentials</c>: the mailbox to read replies from, password included, decrypted
/// now. The password is a stored secret, so execution records show it masked.
/// </summary>
public sealed class EmailProviderGetImapCredentialsAction(MessagingSettings settings) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new(
        "email_provider.get_imap_credentials", "Integrations", "The IMAP host, port, user and password from Settings → Email & SMS, for reading replies.", [])
    {
        Effect = Effect.ReadsData,
        Label = "Get mailbox login",
        Synonyms = ["imap", "read replies", "inbox login"],
        Outputs = [Text("host", "IMAP server", "imap.example.com"), Number("port", "Port", "993"), Text("username", "User", "news@example.com"), Text("password", "Password")],
        Aliases = ["email_provider_get_imap_credentials"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var email = await settings.GetEmailAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(email.ImapHost))
        {
            throw new StepFailedException("No IMAP server is set: add one in Settings → Email & SMS.");
        }
        return new ActionResult(new JsonObject
        {
            ["host"] = email.ImapHost,
            ["port"] = email.ImapPort,
            ["username"] = email.ImapUsername is { Length: > 0 } user ? user : email.Username,
            ["password"] = await settings.RevealEmailPasswordAsync(cancellationToken),
        });
    }
}
