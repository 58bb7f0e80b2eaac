namespace Workflows.Engine.Editing.Schedules;

/// <summary>How often a schedule the builder can show runs.</summary>
public enum ScheduleFrequency
{
    EveryDay,
    EveryWeekday,
    EveryWeek,
    EveryMonth,
}
