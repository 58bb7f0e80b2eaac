using System.Collections.Concurrent;

namespace Workflows.Blazor.Kernel;

/// <summary>
/// Values read from the database, kept for a short lifetime so a hot request path skips the read. Whoever changes a value
/// in this app forgets it at once; a change made by another app instance over the same database is seen once the entry
/// expires, so the lifetime is the most any instance can lag. A read that raced a forget is not kept.
/// </summary>
public class ShortLivedCache<TKey, TValue>(TimeProvider time, TimeSpan lifetime)
    where TKey : notnull
    where TValue : class
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset ExpiresAt)> _entries = new();
    private long _forgets;

    /// <summary>The value kept for <paramref name="key"/>, or else what <paramref name="read"/> gives (kept unless null).</summary>
    public async Task<TValue?> GetOrReadAsync(TKey key, Func<Task<TValue?>> read)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.ExpiresAt > time.GetUtcNow())
            {
                return entry.Value;
            }
            _entries.TryRemove(KeyValuePair.Create(key, entry));
        }
        var forgetsBefore = Interlocked.Read(ref _forgets);
        var value = await read();
        if (value is not null)
        {
            Keep(key, value, forgetsBefore);
        }
        return value;
    }

    /// <summary>Replaces the kept value after this app changed it, unless something was forgotten since <paramref name="forgetsBefore"/>.</summary>
    public void Keep(TKey key, TValue value, long forgetsBefore)
    {
        _entries[key] = (value, time.GetUtcNow() + lifetime);
        // Kept first, checked after: a forget that ran meanwhile either removed the entry or is seen here.
        if (Interlocked.Read(ref _forgets) != forgetsBefore)
        {
            _entries.TryRemove(key, out _);
        }
    }

    /// <summary>How many forgets ran so far: read before a read of the database, given to <see cref="Keep"/> after it.</summary>
    public long Forgets => Interlocked.Read(ref _forgets);

    public void Forget(TKey key)
    {
        Interlocked.Increment(ref _forgets);
        _entries.TryRemove(key, out _);
    }

    public void ForgetAll()
    {
        Interlocked.Increment(ref _forgets);
        _entries.Clear();
    }
}
