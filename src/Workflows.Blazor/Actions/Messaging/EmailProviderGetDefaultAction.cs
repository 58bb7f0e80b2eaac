using System.Text.Json.Nodes;
using Workflows.Blazor.Messaging;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Messaging;

/// <summary><c>email_provider.get_default</c>: the configured email provider, never its password.</summary>
public sealed class EmailProviderGetDefaultAction(MessagingSettings settings) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new(
        "email_provider.get_default", "Integrations", "The email provider from Settings → Email & SMS (servers, user, sender), without its password.", [])
    {
        Effect = Effect.ReadsData,
        Label = "Get email settings",
        Synonyms = ["email provider", "smtp", "sender"],
        Outputs = [Text("provider", "Provider", "smtp"), Text("smtpHost", "SMTP server", "smtp.example.com"), Number("smtpPort", "SMTP port", "587"), Text("fromAddress", "Sender address", "news@example.com"), Text("fromName", "Sender name", "Example Shop"), Text("imapHost", "IMAP server"), Boolean("hasPassword", "Has a password", "true")],
        Aliases = ["email_provider_get_default"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var email = await settings.GetEmailAsync(cancellationToken);
        return new ActionResult(new JsonObject
        {
            ["provider"] = email.SmtpConfigured ? "smtp" : "outbox",
            ["smtpHost"] = email.SmtpHost,
            ["smtpPort"] = email.SmtpPort,
            ["tlsMode"] = email.TlsMode.ToString(),
            ["username"] = email.Username,
            ["fromAddress"] = email.FromAddress,
            ["fromName"] = email.FromName,
            ["imapHost"] = email.ImapHost,
            ["imapPort"] = email.ImapPort,
            ["hasPassword"] = await settings.HasEmailPasswordAsync(cancellationToken),
        });
    }
}
