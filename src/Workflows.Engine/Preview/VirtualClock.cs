namespace Workflows.Engine.Preview;

/// <summary>The clock of a preview: it stands still while steps run and moves only when the preview moves it, to the end of a wait.</summary>
public sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock on to <paramref name="time"/>; a time already passed leaves it where it is.</summary>
    public void AdvanceTo(DateTimeOffset time)
    {
        if (time > _now)
        {
            _now = time;
        }
    }
}
