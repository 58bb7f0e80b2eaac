using MimeKit;

namespace Workflows.Blazor.Messaging;

/// <summary>One email address, checked the way mail servers will read it.</summary>
public static class EmailAddresses
{
    private static readonly ParserOptions Strict = new() { AllowAddressesWithoutDomain = false };

    /// <summary>The address, or a <see cref="MessageRefusedException"/> that names the parameter and the value.</summary>
    public static MailboxAddress Parse(string text, string parameter) =>
        MailboxAddress.TryParse(Strict, text.Trim(), out var address) && address.Domain.Contains('.', StringComparison.Ordinal) && !address.Domain.EndsWith('.')
            ? address
            : throw new MessageRefusedException($"'{text}' is not an email address ({parameter}): write one address such as ana@example.com.");
}
