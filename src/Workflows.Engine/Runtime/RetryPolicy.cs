using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Model;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Runtime;

/// <summary>
/// A step's <c>config.retry</c>: <c>{ "count": 3, "backoff": "10 seconds" }</c> tries a failing action or
/// LLM step up to three more times, waiting 10 s, 20 s, then 40 s, before its error port is taken.
/// </summary>
public sealed record RetryPolicy(int Count, TimeSpan Backoff)
{
    public const int MaxCount = 10;
    public static readonly TimeSpan DefaultBackoff = TimeSpan.FromSeconds(5);

    /// <summary>The policy of a step, null when it has none; throws <see cref="FormatException"/> with a readable reason when it is malformed.</summary>
    public static RetryPolicy? Of(StepDefinition step)
    {
        if (StepTypes.Find(step.Type) is not { CallsOut: true } || step.Config["retry"] is not { } node)
        {
            return null;
        }
        if (node is not JsonObject retry || retry["count"] is not JsonValue countValue || countValue.GetValueKind() != JsonValueKind.Number
            || !countValue.TryGetValue(out int count) || count < 0 || count > MaxCount)
        {
            throw new FormatException($"retry needs a count of retries from 0 to {MaxCount}, e.g. {{ \"count\": 3, \"backoff\": \"10 seconds\" }}.");
        }
        var backoff = DefaultBackoff;
        if (retry["backoff"] is { } backoffNode && !DurationParser.TryParse(JsonText.ToText(backoffNode), out backoff))
        {
            throw new FormatException($"retry backoff '{JsonText.ToText(backoffNode)}' is not a duration; write e.g. \"10 seconds\".");
        }
        return new RetryPolicy(count, backoff);
    }

    /// <summary>Whether a step that failed on <paramref name="attempt"/> gets another try.</summary>
    public bool AllowsRetryAfter(int attempt) => attempt <= Count;

    /// <summary>The wait before the try after <paramref name="failedAttempt"/>: the backoff, doubled for each earlier retry.</summary>
    public TimeSpan DelayAfter(int failedAttempt) => Backoff * Math.Pow(2, failedAttempt - 1);
}
