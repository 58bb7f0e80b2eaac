using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Model;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Runtime.Steps;

/// <summary>
/// Suspends the run: for <c>config.duration</c>, until <c>config.until</c>, or until <c>config.event</c>
/// arrives for the run's subject (taking <c>timeout</c> after <c>config.timeout</c>). No thread waits.
/// </summary>
public sealed class WaitStepExecutor : IStepExecutor
{
    public string StepType => StepTypes.Wait;

    public ValueTask<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var now = context.Time.GetUtcNow();
        var input = new JsonObject();
        context.RecordedInput = input;
        var eventType = RenderedText(context, "event");
        if (eventType is not null)
        {
            input["event"] = eventType;
            var timeout = RenderedText(context, "timeout") is { } timeoutText ? ParseDuration(timeoutText, "timeout") : (TimeSpan?)null;
            input["timeout"] = timeout?.ToString();
            return Suspend(new Bookmark(context.Step.Slug, BookmarkKind.Event)
            {
                EventType = eventType,
                DueAt = now + timeout,
                DuePort = Ports.Timeout,
            });
        }

        var dueAt = RenderedText(context, "until") is { } until
            ? ParseTime(until)
            : RenderedText(context, "duration") is { } duration
                ? now + ParseDuration(duration, "duration")
                : throw new StepFailedException("A wait needs a duration (\"3 days\"), an until time, or an event to wait for.");
        input["until"] = dueAt.ToString("O");
        return Suspend(new Bookmark(context.Step.Slug, BookmarkKind.Timer) { DueAt = dueAt, DuePort = Ports.Success });
    }

    private static ValueTask<StepOutcome> Suspend(Bookmark bookmark) => ValueTask.FromResult(StepOutcome.Suspend(bookmark));

    private static string? RenderedText(StepContext context, string key) =>
        context.RenderConfig(key) is { } value ? JsonText.ToText(value) : null;

    private static TimeSpan ParseDuration(string text, string key) =>
        DurationParser.TryParse(text, out var duration)
            ? duration
            : throw new StepFailedException($"The wait's {key} '{text}' is not a duration; write e.g. \"30 seconds\", \"3 days\" or \"PT8S\".");

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new StepFailedException($"The wait's until '{text}' is not a date and time; write e.g. 2026-12-01T09:00:00Z.");
}
