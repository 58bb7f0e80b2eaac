namespace Workflows.Engine.Preview;

/// <summary>When a preview starts (on its virtual clock), how many days it looks ahead, and what the contacts do meanwhile.</summary>
public sealed record PreviewPlan(DateTimeOffset Start, int Days, PreviewScenario Scenario)
{
    public DateTimeOffset End => Start.AddDays(Days);

    /// <summary>The day of the preview <paramref name="time"/> falls on, 0 being the start.</summary>
    public int DayOf(DateTimeOffset time) => (int)Math.Floor((time - Start).TotalDays);
}
