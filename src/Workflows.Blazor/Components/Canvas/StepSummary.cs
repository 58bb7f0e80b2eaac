using Workflows.Engine.Editing;
using Workflows.Engine.Editing.Schedules;
using Workflows.Engine.Experiments;
using Workflows.Engine.Expressions.Conditions;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Components.Canvas;

/// <summary>
/// The one line under a node's name that says what the step does, in plain words: an action by its label, data a
/// template inserts by the label of its field (the data is <see cref="DataTree.Whole"/>), never an id.
/// </summary>
public static class StepSummary
{
    public static string For(StepDefinition step, ActionCatalog actions, IReadOnlyList<DataNode> data) => step.Type switch
    {
        StepTypes.Trigger => TriggerSummary(step),
        StepTypes.Action => ActionSummary(step, actions),
        StepTypes.Llm => $"{(step.ConfigString("outputFormat") == "json" ? "JSON" : "Text")} · {Plain(step.ConfigString("systemPrompt"), data) ?? "no prompt yet"}",
        StepTypes.Condition => ConditionSummary.Of(step.ConfigString("expression")) ?? Plain(step.ConfigString("expression"), data) ?? "No condition yet",
        StepTypes.Loop => $"Each {step.ConfigString("itemVariable") ?? "item"} in {Plain(step.ConfigString("items"), data) ?? "…"}",
        StepTypes.Approval => Plain(step.ConfigString("title"), data) ?? "No title yet",
        StepTypes.Wait => WaitSummary(step, data),
        StepTypes.Split => SplitSummary(step),
        _ => Labels.Humanize(step.Type),
    };

    // An unnamed action is titled by its label already, so its line says what it does instead of repeating it.
    private static string ActionSummary(StepDefinition step, ActionCatalog actions) =>
        step.ConfigString("type") is not { } action ? "Choose an action"
        : actions.FindDeclaration(action) is not { } declaration ? Labels.Humanize(action)
        : DataTree.NameOf(step) is null ? declaration.Description
        : declaration.Title;

    private static string TriggerSummary(StepDefinition step) => step.ConfigString("type") switch
    {
        TriggerTypes.Schedule => ScheduleRule.FromCron(step.ConfigString("cron"))?.Describe() ?? $"On a schedule · {step.ConfigString("cron") ?? "not set yet"}",
        TriggerTypes.Event => $"On event {step.ConfigString("eventType") ?? "not chosen yet"}",
        TriggerTypes.Webhook => $"When {step.ConfigString("path") ?? "its web address"} is called",
        null or TriggerTypes.Manual => "Started by hand",
        { } type => Labels.Humanize(type),
    };

    /// <summary>"A 45% · B 45% · Holdout 10%": each path's share of contacts.</summary>
    private static string SplitSummary(StepDefinition step) =>
        SplitConfig.Paths(step) is { Count: > 0 } paths
            ? string.Join(" · ", paths.Select(p => $"{p.Name} {SplitConfig.PercentText(SplitConfig.Percent(p, paths))}"))
            : "No paths yet";

    private static string WaitSummary(StepDefinition step, IReadOnlyList<DataNode> data) =>
        step.ConfigString("duration") is { } duration ? $"For {duration}"
        : Plain(step.ConfigString("until"), data) is { } until ? $"Until {until}"
        : step.ConfigString("event") is { } name ? $"For event {name}"
        : "No wait set yet";

    private static string? Plain(string? text, IReadOnlyList<DataNode> data) =>
        string.IsNullOrWhiteSpace(text) ? null : TemplateWording.Plain(text, data);

    /// <summary>Cuts text to fit a node, ending with an ellipsis when cut.</summary>
    public static string Fit(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
