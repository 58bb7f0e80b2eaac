using System.Text.Json.Nodes;

namespace Workflows.Engine.Preview;

/// <summary>
/// What the contacts do while a preview runs: the events they send (an email opened on day 2, an order on day 5; an
/// event not listed never happens), what reviewers decide, and what the LLM steps answer when a step has no test output of its own.
/// </summary>
public sealed record PreviewScenario
{
    public static PreviewScenario Default { get; } = new();

    public IReadOnlyList<ScenarioEvent> Events { get; init; } = [];

    public ApprovalChoice Approval { get; init; } = ApprovalChoice.Approved;

    /// <summary>Answers of LLM steps by step slug, as a test run's sample outputs.</summary>
    public JsonObject? LlmOutputs { get; init; }

    /// <summary>The first time after <paramref name="after"/> that an event of <paramref name="type"/> happens, or null when it never does.</summary>
    public DateTimeOffset? NextEvent(string type, DateTimeOffset start, DateTimeOffset after) =>
        Events.Where(e => string.Equals(e.Type, type, StringComparison.OrdinalIgnoreCase))
            .Select(e => start.AddDays(e.Day))
            .Where(at => at >= after)
            .Order()
            .Cast<DateTimeOffset?>()
            .FirstOrDefault();
}
