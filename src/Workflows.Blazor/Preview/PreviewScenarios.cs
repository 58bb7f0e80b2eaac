using Workflows.Engine.Preview;

namespace Workflows.Blazor.Preview;

/// <summary>Reads a preview request's scenario, refusing what cannot be meant with a message that says what to write.</summary>
public static class PreviewScenarios
{
    public static PreviewScenario Read(PreviewScenarioRequest? request, int days)
    {
        if (request is null)
        {
            return PreviewScenario.Default;
        }
        if (request.Events is { Count: > PreviewLimits.MaxScenarioEvents })
        {
            throw AppException.Invalid($"A scenario has at most {PreviewLimits.MaxScenarioEvents} events; this one has {request.Events.Count:N0}.");
        }
        if (request.LlmOutputs is { } outputs && System.Text.Encoding.UTF8.GetByteCount(outputs.ToJsonString()) > PreviewLimits.MaxLlmOutputBytes)
        {
            throw AppException.Invalid($"The scenario's LLM answers may be at most {PreviewLimits.MaxLlmOutputBytes / 1024} KB in all.");
        }
        var events = (request.Events ?? []).Select(e => e switch
        {
            { Type: not { Length: > 0 } } => throw AppException.Invalid("Each scenario event needs a type, e.g. {\"type\": \"email.opened\", \"day\": 2}."),
            _ when e.Day is not { } day || day < 0 || day > days =>
                throw AppException.Invalid($"The scenario's {e.Type} needs a day from 0 to {days}, the preview's last day."),
            _ => new ScenarioEvent(e.Type!, e.Day!.Value),
        }).ToList();
        var approval = request.Approval?.ToLowerInvariant() switch
        {
            null or "approved" or "approve" => ApprovalChoice.Approved,
            "rejected" or "reject" => ApprovalChoice.Rejected,
            _ => throw AppException.Invalid($"The scenario's approval '{request.Approval}' should be approved or rejected."),
        };
        return new PreviewScenario { Events = events, Approval = approval, LlmOutputs = request.LlmOutputs };
    }
}
