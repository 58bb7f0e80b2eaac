using Workflows.Engine.Editing.Schedules;
using Workflows.Engine.Expressions.Conditions;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Components.Canvas;

/// <summary>The one line under a node's name that says what the step does.</summary>
public static class StepSummary
{
    public static string For(StepDefinition step) => step.Type switch
    {
        StepTypes.Trigger => TriggerSummary(step),
        StepTypes.Action => step.ConfigString("type") ?? "choose an action",
        StepTypes.Llm => $"{step.ConfigString("outputFormat") ?? "text"} · {step.ConfigString("systemPrompt") ?? "no prompt yet"}",
        StepTypes.Condition => ConditionSummary.Of(step.ConfigString("expression")) ?? step.ConfigString("expression") ?? "no condition yet",
        StepTypes.Loop => $"each {step.ConfigString("itemVariable") ?? "item"} in {Shorten(step.ConfigString("items")) ?? "…"}",
        StepTypes.Approval => step.ConfigString("title") ?? "no title yet",
        StepTypes.Wait => WaitSummary(step),
        _ => step.Type,
    };

    private static string TriggerSummary(StepDefinition step) => step.ConfigString("type") switch
    {
        "schedule" => ScheduleRule.FromCron(step.ConfigString("cron"))?.Describe() ?? $"schedule · {step.ConfigString("cron") ?? "no schedule yet"}",
        "event" => $"event · {step.ConfigString("eventType") ?? "no event yet"}",
        { } type => type,
        null => "manual",
    };

    private static string WaitSummary(StepDefinition step) =>
        step.ConfigString("duration") is { } duration ? $"for {duration}"
        : step.ConfigString("until") is { } until ? $"until {until}"
        : step.ConfigString("event") is { } name ? $"for event {name}"
        : "no wait set yet";

    private static string? Shorten(string? path) =>
        path?.Replace("{{", "").Replace("}}", "").Replace("steps.", "").Replace(".output", "");

    /// <summary>Cuts text to fit a node, ending with an ellipsis when cut.</summary>
    public static string Fit(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
