namespace Workflows.Blazor.Runner;

/// <summary>The run a webhook delivery started; <see cref="Replayed"/> when the delivery was a repeat and this is the first one's run.</summary>
public sealed record WebhookRun(string ExecutionId, bool Replayed);
