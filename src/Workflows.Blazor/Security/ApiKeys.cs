using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Workflows.Blazor.Security;

/// <summary>What an API key is: the header that carries it, its prefix, and the SHA-256 hash it is stored and found by.</summary>
public static class ApiKeys
{
    public const string HeaderName = "X-Api-Key";

    public const string Prefix = "wfk_";

    /// <summary>Whether the text can be a key of this app at all, before any lookup.</summary>
    public static bool IsWellFormed([NotNullWhen(true)] string? key) => !string.IsNullOrEmpty(key) && key.StartsWith(Prefix, StringComparison.Ordinal) && key.Length <= 100;

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
