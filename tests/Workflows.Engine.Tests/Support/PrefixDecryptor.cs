using System.Diagnostics.CodeAnalysis;
using Workflows.Engine.Runtime;

namespace Workflows.Engine.Tests.Support;

/// <summary>"Keys" for tests: a cipher text is <c>enc:</c> followed by the value; anything else was encrypted elsewhere.</summary>
public sealed class PrefixDecryptor : ISecretDecryptor
{
    public const string Prefix = "enc:";

    public static string Encrypt(string value) => Prefix + value;

    public bool TryDecrypt(string cipherText, [NotNullWhen(true)] out string? value)
    {
        value = cipherText.StartsWith(Prefix, StringComparison.Ordinal) ? cipherText[Prefix.Length..] : null;
        return value is not null;
    }
}
