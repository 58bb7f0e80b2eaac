using System.Diagnostics;

namespace Workflows.Testing;

/// <summary>
/// The one way tests wait: ask again until the answer is the one wanted, or fail with what was last seen.
/// Nothing else in the tests sleeps; work that the app does in the background is awaited here.
/// </summary>
public static class Poll
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// Calls <paramref name="probe"/> until <paramref name="done"/> holds for its answer, which is returned; after
    /// <paramref name="timeout"/> it throws with what <paramref name="failure"/> makes of the last answer.
    /// </summary>
    public static async Task<T> UntilAsync<T>(
        Func<Task<T>> probe, Func<T, bool> done, Func<T, string> failure, TimeSpan? timeout = null, TimeSpan? interval = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var answer = await probe();
            if (done(answer))
            {
                return answer;
            }
            if (clock.Elapsed > (timeout ?? DefaultTimeout))
            {
                throw new TimeoutException(failure(answer));
            }
            await Task.Delay(interval ?? DefaultInterval);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static Task UntilAsync(Func<bool> condition, string failure, TimeSpan? timeout = null, TimeSpan? interval = null) =>
        UntilAsync(() => Task.FromResult(condition()), holds => holds, _ => failure, timeout, interval);
}
