namespace Workflows.Blazor.Live;

/// <summary>
/// Tells open pages what was committed, so they show it without polling. Whoever commits publishes once the commit
/// succeeded; a page subscribes to the changes it shows and reloads. Bursts are coalesced: a subscriber is called
/// at once for the first change, then at most once per <see cref="Interval"/> (or the interval it asked for) with
/// everything that came meanwhile.
/// Where instances share the database, <see cref="ChangeRelay"/> carries what is published here to the other instances
/// and theirs to this one's subscribers. Lossy by design (a page that misses a change shows it on its next reload):
/// never use it as the record of work that must be done.
/// </summary>
public sealed class ChangeNotifications(TimeProvider time, ILogger<ChangeNotifications> logger)
{
    /// <summary>The shortest time between two calls of one subscriber, so a page re-renders at most ten times a second.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>For pages that query a whole list and its figures again on each call: at most once a second under load.</summary>
    public static readonly TimeSpan ListInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private ChangeSubscription[] _subscriptions = [];

    /// <summary>Subscriptions open now.</summary>
    public int Subscribers => Volatile.Read(ref _subscriptions).Length;

    /// <summary>Hands the change to every subscriber that wants it; returns at once, never running a subscriber itself.</summary>
    public void Publish(Change change)
    {
        foreach (var subscription in Volatile.Read(ref _subscriptions))
        {
            subscription.Offer(change);
        }
    }

    /// <summary>Hands a change another instance published to this instance's subscribers, but not back to the relay that brought it.</summary>
    public void PublishFromElsewhere(Change change)
    {
        foreach (var subscription in Volatile.Read(ref _subscriptions))
        {
            if (subscription.HearsOtherInstances)
            {
                subscription.Offer(change);
            }
        }
    }

    /// <summary>Calls <paramref name="onChanged"/> after changes of type <typeparamref name="TChange"/> that <paramref name="matches"/>.</summary>
    public IDisposable Subscribe<TChange>(Func<TChange, bool> matches, Func<Task> onChanged) where TChange : Change =>
        Subscribe(change => change is TChange typed && matches(typed), _ => onChanged());

    /// <summary>Calls <paramref name="onChanged"/> after every change of type <typeparamref name="TChange"/>, at most once per <paramref name="interval"/>.</summary>
    public IDisposable Subscribe<TChange>(Func<Task> onChanged, TimeSpan? interval = null) where TChange : Change =>
        Subscribe(change => change is TChange, _ => onChanged(), interval);

    /// <summary>
    /// Calls <paramref name="onChanged"/> with the changes that <paramref name="matches"/> (in the order published, each
    /// once) on a thread of the pool, at most once per <paramref name="interval"/> (default <see cref="Interval"/>); a page
    /// marshals onto its renderer with <c>InvokeAsync</c>. Dispose to stop.
    /// </summary>
    public IDisposable Subscribe(Func<Change, bool> matches, Func<IReadOnlyList<Change>, Task> onChanged, TimeSpan? interval = null) =>
        Add(new ChangeSubscription(this, matches, onChanged, interval ?? Interval, hearsOtherInstances: true, time, logger));

    /// <summary>Calls <paramref name="onChanged"/> with the changes published on this instance only, as <see cref="Subscribe(Func{Change, bool}, Func{IReadOnlyList{Change}, Task}, TimeSpan?)"/> does.</summary>
    public IDisposable SubscribeToThisInstance(Func<IReadOnlyList<Change>, Task> onChanged) =>
        Add(new ChangeSubscription(this, _ => true, onChanged, Interval, hearsOtherInstances: false, time, logger));

    private ChangeSubscription Add(ChangeSubscription subscription)
    {
        lock (_gate)
        {
            _subscriptions = [.. _subscriptions, subscription];
        }
        return subscription;
    }

    internal void Remove(ChangeSubscription subscription)
    {
        lock (_gate)
        {
            _subscriptions = [.. _subscriptions.Where(s => s != subscription)];
        }
    }
}
