using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Workflows.Blazor.Live;

namespace Workflows.Blazor.Tests.Live;

/// <summary>Pages hear of every change once, at most ten times a second, and never after they let go.</summary>
public sealed class ChangeNotificationsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _clock = new();
    private readonly ChangeNotifications _changes;
    private readonly Channel<(DateTimeOffset At, IReadOnlyList<Change> Changes)> _calls = Channel.CreateUnbounded<(DateTimeOffset, IReadOnlyList<Change>)>();
    private int _count;

    public ChangeNotificationsTests() => _changes = new ChangeNotifications(_clock, NullLogger<ChangeNotifications>.Instance);

    private static ExecutionChanged Run(string id) => new(id, "wf");

    private Task Record(IReadOnlyList<Change> changes)
    {
        Interlocked.Increment(ref _count);
        _calls.Writer.TryWrite((_clock.GetUtcNow(), changes));
        return Task.CompletedTask;
    }

    private IDisposable SubscribeToAll() => _changes.Subscribe(_ => true, Record);

    private async Task<(DateTimeOffset At, IReadOnlyList<Change> Changes)> NextCallAsync() => await _calls.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    [Fact]
    public async Task Publish_CallsTheSubscriberAtOnce_ForTheFirstChange()
    {
        var start = _clock.GetUtcNow();
        using var subscription = SubscribeToAll();

        _changes.Publish(Run("a"));

        var call = await NextCallAsync();
        Assert.Equal(start, call.At);
        Assert.Equal([Run("a")], call.Changes);
    }

    [Fact]
    public async Task Publish_GathersABurst_IntoOneCallAnIntervalAfterTheLast()
    {
        var start = _clock.GetUtcNow();
        using var subscription = SubscribeToAll();
        _changes.Publish(Run("a"));
        await NextCallAsync();

        _changes.Publish(Run("b"));
        _changes.Publish(ApprovalsChanged.Instance);
        _changes.Publish(Run("b"));
        _clock.Advance(ChangeNotifications.Interval - TimeSpan.FromMilliseconds(1));
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        var call = await NextCallAsync();
        Assert.Equal(start + ChangeNotifications.Interval, call.At);
        Assert.Equal([Run("b"), ApprovalsChanged.Instance], call.Changes);
    }

    [Fact]
    public async Task Publish_WaitsTheSubscribersOwnInterval_WhenItAskedForALongerOne()
    {
        var start = _clock.GetUtcNow();
        using var subscription = _changes.Subscribe(_ => true, Record, ChangeNotifications.ListInterval);
        _changes.Publish(Run("a"));
        await NextCallAsync();

        _changes.Publish(Run("b"));
        _clock.Advance(ChangeNotifications.Interval);
        Assert.False(_calls.Reader.TryPeek(out _));
        _clock.Advance(ChangeNotifications.ListInterval - ChangeNotifications.Interval);

        var call = await NextCallAsync();
        Assert.Equal(start + ChangeNotifications.ListInterval, call.At);
        Assert.Equal([Run("b")], call.Changes);
    }

    [Fact]
    public async Task Subscribe_HandsOnlyTheChangesThatMatch()
    {
        using var subscription = _changes.Subscribe(change => change is ExecutionChanged { ExecutionId: "a" }, Record);

        _changes.Publish(Run("b"));
        _changes.Publish(ApprovalsChanged.Instance);
        _changes.Publish(Run("a"));

        Assert.Equal([Run("a")], (await NextCallAsync()).Changes);
    }

    [Fact]
    public async Task ChangesFromElsewhere_ReachPages_ButNotTheRelayThatBroughtThem()
    {
        var relayed = new List<Change>();
        using var relay = _changes.SubscribeToThisInstance(changes =>
        {
            lock (relayed)
            {
                relayed.AddRange(changes);
            }
            return Task.CompletedTask;
        });
        using var page = SubscribeToAll();

        _changes.PublishFromElsewhere(Run("elsewhere"));
        Assert.Equal([Run("elsewhere")], (await NextCallAsync()).Changes);
        _clock.Advance(ChangeNotifications.Interval);
        _changes.Publish(Run("here"));

        Assert.Equal([Run("here")], (await NextCallAsync()).Changes);
        await Poll.UntilAsync(() => { lock (relayed) { return relayed.Count > 0; } }, "the relay never heard what was published here");
        lock (relayed)
        {
            Assert.Equal([Run("here")], relayed);
        }
    }

    [Fact]
    public async Task Dispose_DropsWhatWasWaiting_AndRemovesTheSubscriber()
    {
        var subscription = SubscribeToAll();
        _changes.Publish(Run("a"));
        await NextCallAsync();
        _changes.Publish(Run("b"));

        subscription.Dispose();
        _clock.Advance(ChangeNotifications.Interval);
        _changes.Publish(Run("c"));

        Assert.Equal(0, _changes.Subscribers);
        Assert.Equal(1, _count);
    }

    [Fact]
    public async Task Subscriber_IsCalledAgain_AfterItsCallFailed()
    {
        var failed = new TaskCompletionSource();
        using var subscription = _changes.Subscribe(_ => true, changes =>
        {
            if (failed.TrySetResult())
            {
                throw new InvalidOperationException("The page broke.");
            }
            return Record(changes);
        });
        _changes.Publish(Run("a"));
        await failed.Task.WaitAsync(Patience);

        _clock.Advance(ChangeNotifications.Interval);
        _changes.Publish(Run("b"));

        Assert.Equal([Run("b")], (await NextCallAsync()).Changes);
    }

    [Fact]
    public void Dispose_LetsTheSubscriberBeCollected()
    {
        var page = SubscribeAndDispose(_changes);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(page.IsAlive);
        Assert.Equal(0, _changes.Subscribers);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference SubscribeAndDispose(ChangeNotifications changes)
    {
        var page = new object();
        var subscription = changes.Subscribe<ApprovalsChanged>(() =>
        {
            GC.KeepAlive(page);
            return Task.CompletedTask;
        });
        subscription.Dispose();
        return new WeakReference(page);
    }
}
