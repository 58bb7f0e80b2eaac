using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Tests.Runner;

/// <summary>The timer waker fires a timer at its due time, not on the next tick, and a nearer timer wakes it early.</summary>
public sealed class TimerWakerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly TimerAlarm _alarm = new();
    private readonly FakeDueTimers _timers = new();
    private readonly TimerWaker _waker;

    public TimerWakerTests() =>
        _waker = new TimerWaker(_timers, _alarm, Options.Create(new RunnerOptions()), _clock, NullLogger<TimerWaker>.Instance);

    [Fact]
    public async Task Waker_FiresAtTheDueTime_NotBefore()
    {
        _timers.NextDueAt = _clock.GetUtcNow().AddMilliseconds(300);

        var sleeping = _waker.WakeOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(299));
        Assert.False(sleeping.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await sleeping.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, _timers.Fired);

        await _waker.WakeOnceAsync(CancellationToken.None);

        Assert.Equal(1, _timers.Fired);
    }

    [Fact]
    public async Task Waker_LooksAgainAtOnce_WhenTheTickFiredTheDueTimersFirst()
    {
        _timers.NextDueAt = _clock.GetUtcNow();
        _timers.FiredByTheTick = true;

        var pass = _waker.WakeOnceAsync(CancellationToken.None);

        Assert.True(pass.IsCompleted, "the waker slept although more timers may be due");
        await pass;
    }

    [Fact]
    public async Task Waker_LooksAgainAfterASecond_WhenNoTimerIsPending()
    {
        _timers.NextDueAt = null;

        var sleeping = _waker.WakeOnceAsync(CancellationToken.None);
        _clock.Advance(TimerWaker.LongestSleep - TimeSpan.FromMilliseconds(1));
        Assert.False(sleeping.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        await sleeping.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Waker_WakesEarly_WhenARunSetsANearerTimer()
    {
        _timers.NextDueAt = _clock.GetUtcNow().AddMinutes(5);
        var sleeping = _waker.WakeOnceAsync(CancellationToken.None);

        _alarm.Set(_clock.GetUtcNow().AddSeconds(2));
        Assert.False(sleeping.IsCompleted);
        _alarm.Set(_clock.GetUtcNow().AddMilliseconds(100));

        await sleeping.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Waker_WakesEarly_WhenATimerIsSetWhileItReadsTheNextDueTime()
    {
        _timers.NextDueAt = null;
        _timers.WhileReading = () => _alarm.Set(_clock.GetUtcNow().AddMilliseconds(500));

        var sleeping = _waker.WakeOnceAsync(CancellationToken.None);

        await sleeping.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private sealed class FakeDueTimers : IDueTimers
    {
        public DateTimeOffset? NextDueAt { get; set; }

        public Action? WhileReading { get; set; }

        public bool FiredByTheTick { get; set; }

        public int Fired { get; private set; }

        public Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken)
        {
            WhileReading?.Invoke();
            WhileReading = null;
            return Task.FromResult(NextDueAt);
        }

        public Task<int> FireDueTimersAsync(CancellationToken cancellationToken)
        {
            NextDueAt = null;
            if (FiredByTheTick)
            {
                return Task.FromResult(0);
            }
            Fired++;
            return Task.FromResult(1);
        }
    }
}
