using Microsoft.Extensions.Primitives;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Api;

/// <summary>
/// What a webhook delivery is known by, so that sending it again answers the first run. Any webhook may send an
/// <c>Idempotency-Key</c>; a signed one is also known by its <c>X-Webhook-Id</c> and always by its signature,
/// because the headers are not signed: whoever replays a captured request could change them, not the signature.
/// </summary>
public static class WebhookDeliveryKeys
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string DeliveryIdHeader = "X-Webhook-Id";
    public const int MaxLength = 200;

    public static IReadOnlyList<string> Of(IHeaderDictionary headers, bool signed)
    {
        var keys = new List<string>();
        Add(keys, "key", headers[IdempotencyKeyHeader]);
        if (signed)
        {
            Add(keys, "id", headers[DeliveryIdHeader]);
            Add(keys, "signature", headers[WebhookSignature.SignatureHeader]);
        }
        return keys;
    }

    /// <summary>Why a key header cannot be used, or null when they are fine.</summary>
    public static string? Problem(IHeaderDictionary headers) =>
        new[] { IdempotencyKeyHeader, DeliveryIdHeader }.FirstOrDefault(name => headers[name].ToString().Trim().Length > MaxLength) is { } tooLong
            ? $"{tooLong} may be at most {MaxLength} characters."
            : null;

    private static void Add(List<string> keys, string kind, StringValues header)
    {
        var value = header.ToString().Trim();
        if (value.Length > 0)
        {
            keys.Add($"{kind}:{value}");
        }
    }
}
