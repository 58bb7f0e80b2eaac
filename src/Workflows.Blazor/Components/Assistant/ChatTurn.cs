using Workflows.Blazor.Ai.Assistant;

namespace Workflows.Blazor.Components.Assistant;

/// <summary>One exchange in the assistant chat: what the user asked and, once the model is done, what it proposed.</summary>
public sealed record ChatTurn(string Request)
{
    public AssistantProposal? Proposal { get; set; }
}
