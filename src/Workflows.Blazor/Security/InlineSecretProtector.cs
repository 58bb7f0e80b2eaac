using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Security;

/// <summary>
/// Encrypts the value of a workflow's own secret into the cipher text the workflow keeps, and opens it for runs and
/// validation, with the data-protection keys the secret store uses. The purpose is the store's narrowed to workflow
/// secrets, so a stored secret's encrypted value cannot be passed off as a workflow's or the other way round.
/// </summary>
public sealed class InlineSecretProtector(IDataProtectionProvider protection) : ISecretDecryptor
{
    private readonly IDataProtector _protector = protection.CreateProtector(SecretProtection.Purpose, "InlineSecrets");

    public string Encrypt(string value) => _protector.Protect(value);

    public bool TryDecrypt(string cipherText, [NotNullWhen(true)] out string? value)
    {
        try
        {
            value = _protector.Unprotect(cipherText);
            return true;
        }
        catch (CryptographicException)
        {
            value = null;
            return false;
        }
    }
}
