using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Workflows.Blazor.Security;

/// <summary>
/// HMAC-SHA256 webhook signatures: <c>X-Webhook-Signature: sha256=HEX</c> over <c>"{timestamp}.{body}"</c>,
/// with <c>X-Webhook-Timestamp</c> in Unix seconds no more than five minutes from now (replays are refused).
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Webhook-Signature";
    public const string TimestampHeader = "X-Webhook-Timestamp";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>Null when the signature is good, otherwise why it is not.</summary>
    public static string? Check(string secret, string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(signatureHeader) || string.IsNullOrEmpty(timestampHeader))
        {
            return $"This webhook is signed: send {SignatureHeader} and {TimestampHeader}.";
        }
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return $"{TimestampHeader} must be Unix seconds.";
        }
        var sentAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(timestamp, 0, 253402300799));
        if ((now - sentAt).Duration() > Window)
        {
            return $"{TimestampHeader} is more than {Window.TotalMinutes:0} minutes from the server's time.";
        }
        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        var actual = Encoding.ASCII.GetBytes(signatureHeader.Trim());
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? null : "The signature does not match the body.";
    }
}
