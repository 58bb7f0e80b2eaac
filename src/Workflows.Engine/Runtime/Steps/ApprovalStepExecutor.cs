using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Model;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Runtime.Steps;

/// <summary>
/// Suspends the run until a person decides. The bookmark carries the rendered request (title,
/// description, data, form fields, assignee) for the inbox; <c>dueIn</c> and <c>onTimeout</c> set what happens if nobody does.
/// </summary>
public sealed class ApprovalStepExecutor : IStepExecutor
{
    public string StepType => StepTypes.Approval;

    public ValueTask<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var request = context.Render(context.Step.Config) as JsonObject ?? [];
        context.RecordedInput = request.DeepClone();

        DateTimeOffset? dueAt = null;
        if (request["dueIn"] is { } dueIn)
        {
            var text = JsonText.ToText(dueIn);
            dueAt = DurationParser.TryParse(text, out var duration)
                ? context.Time.GetUtcNow() + duration
                : throw new StepFailedException($"The approval's dueIn '{text}' is not a duration; write e.g. \"2 days\".");
        }

        var onTimeout = request["onTimeout"] is { } value ? JsonText.ToText(value) : Ports.Timeout;
        var duePort = onTimeout switch
        {
            "approve" or Ports.Approved => Ports.Approved,
            "reject" or Ports.Rejected => Ports.Rejected,
            Ports.Timeout => Ports.Timeout,
            _ => throw new StepFailedException($"The approval's onTimeout '{onTimeout}' should be timeout, approve or reject."),
        };

        return ValueTask.FromResult(StepOutcome.Suspend(new Bookmark(context.Step.Slug, BookmarkKind.Approval)
        {
            DueAt = dueAt,
            DuePort = duePort,
            Payload = request,
        }));
    }
}
