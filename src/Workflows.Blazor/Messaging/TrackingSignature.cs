using System.Security.Cryptography;
using System.Text;

namespace Workflows.Blazor.Messaging;

/// <summary>HMAC-SHA256 over a message's tracking token and a link's address, so the click endpoint only redirects where an email pointed.</summary>
public static class TrackingSignature
{
    public static string Sign(byte[] key, string token, string url) =>
        Base64Url(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(token + "\n" + url)).AsSpan(0, 16));

    public static bool Verify(byte[] key, string token, string url, string? signature) =>
        signature is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(key, token, url)), Encoding.ASCII.GetBytes(signature));

    private static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
