namespace Workflows.Blazor.Preview;

/// <summary>
/// The latest previews, kept in memory so a preview's id can be read back: at most <see cref="Capacity"/>, each for
/// <see cref="Lifetime"/>. They are not stored: a restart forgets them, and a preview is quick to make again.
/// </summary>
public sealed class RecentPreviews(TimeProvider time)
{
    public const int Capacity = 50;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly Lock _lock = new();
    private readonly LinkedList<(DateTimeOffset Kept, WorkflowPreviewResult Result)> _kept = new();

    public void Keep(WorkflowPreviewResult result)
    {
        lock (_lock)
        {
            _kept.AddFirst((time.GetUtcNow(), result));
            while (_kept.Count > Capacity)
            {
                _kept.RemoveLast();
            }
        }
    }

    public WorkflowPreviewResult Get(string id)
    {
        lock (_lock)
        {
            var oldest = time.GetUtcNow() - Lifetime;
            while (_kept.Last is { } last && last.Value.Kept < oldest)
            {
                _kept.RemoveLast();
            }
            return _kept.FirstOrDefault(k => k.Result.PreviewId == id).Result
                ?? throw AppException.NotFound("preview (previews are kept for an hour)", id);
        }
    }
}
