namespace Workflows.Blazor.Security;

/// <summary>
/// API keys found lately, by hash, so an automated request needs no key read. Revoking or creating a key in this app forgets
/// them all at once; a key revoked by another instance over the same database stops working here within <see cref="Lifetime"/>.
/// </summary>
public sealed class ApiKeyCache(TimeProvider time) : ShortLivedCache<string, ApiKeyMatch>(time, Lifetime)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
}
