using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// Whoever waits for an approval that no workflow step waits on (a journey's action): told once its decision is
/// committed, so it resumes at once. A workflow's approval step is resumed by the decision itself.
/// </summary>
public interface IApprovalWaiter
{
    void Decided(ApprovalEntity approval);
}
