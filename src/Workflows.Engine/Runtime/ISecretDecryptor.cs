using System.Diagnostics.CodeAnalysis;

namespace Workflows.Engine.Runtime;

/// <summary>Opens the cipher text of a workflow's own secret with this installation's keys.</summary>
public interface ISecretDecryptor
{
    /// <summary>False when the cipher text was not made with this installation's keys, or was changed since.</summary>
    bool TryDecrypt(string cipherText, [NotNullWhen(true)] out string? value);
}
