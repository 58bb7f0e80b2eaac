using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Kernel;

namespace Workflows.Blazor.Tests.Inbox;

public sealed class ApprovalLifecycleTests
{
    [Theory]
    [InlineData(ApprovalStatus.Pending, false, ApprovalTransition.Decide)]
    [InlineData(ApprovalStatus.Pending, false, ApprovalTransition.Expire)]
    [InlineData(ApprovalStatus.Pending, false, ApprovalTransition.Escalate)]
    [InlineData(ApprovalStatus.Pending, false, ApprovalTransition.Cancel)]
    [InlineData(ApprovalStatus.Pending, true, ApprovalTransition.Decide)]
    [InlineData(ApprovalStatus.Pending, true, ApprovalTransition.Expire)]
    [InlineData(ApprovalStatus.Pending, true, ApprovalTransition.Cancel)]
    public void Transition_IsAllowed_FromAPendingItem(ApprovalStatus status, bool escalated, ApprovalTransition transition) =>
        Assert.Null(ApprovalLifecycle.Refusal(status, escalated, transition));

    [Theory]
    [InlineData(ApprovalStatus.Expired, ApprovalTransition.Decide, "expired")]
    [InlineData(ApprovalStatus.Cancelled, ApprovalTransition.Decide, "cancelled")]
    [InlineData(ApprovalStatus.Approved, ApprovalTransition.Decide, "already approved")]
    [InlineData(ApprovalStatus.Approved, ApprovalTransition.Expire, "already approved")]
    [InlineData(ApprovalStatus.Rejected, ApprovalTransition.Expire, "already rejected")]
    [InlineData(ApprovalStatus.ChangesRequested, ApprovalTransition.Expire, "already changes requested")]
    [InlineData(ApprovalStatus.Expired, ApprovalTransition.Expire, "expired")]
    [InlineData(ApprovalStatus.Approved, ApprovalTransition.Escalate, "already approved")]
    [InlineData(ApprovalStatus.Expired, ApprovalTransition.Escalate, "expired")]
    [InlineData(ApprovalStatus.Rejected, ApprovalTransition.Cancel, "already rejected")]
    [InlineData(ApprovalStatus.Cancelled, ApprovalTransition.Cancel, "cancelled")]
    public void Transition_IsRefused_OnceTheItemEnded(ApprovalStatus status, ApprovalTransition transition, string says) =>
        Assert.Contains(says, ApprovalLifecycle.Refusal(status, escalated: false, transition));

    [Fact]
    public void Escalate_IsRefused_ASecondTime() =>
        Assert.Equal("This item was already escalated once.", ApprovalLifecycle.Refusal(ApprovalStatus.Pending, escalated: true, ApprovalTransition.Escalate));

    [Fact]
    public void EnsureAllowed_ThrowsAConflictNamingTheReviewer_WhenDecidingADecidedItem()
    {
        var approval = new ApprovalEntity { Id = "apr_1", Title = "Offer", Status = ApprovalStatus.Approved, DecidedBy = "rita@example.com" };

        var refused = Assert.Throws<AppException>(() => ApprovalLifecycle.EnsureAllowed(approval, ApprovalTransition.Decide));

        Assert.Equal((ErrorKind.Conflict, "This item was already approved by rita@example.com; there is nothing left to decide."), (refused.Kind, refused.Message));
    }

    [Theory]
    [InlineData(ApprovalTransition.Decide, ApprovalStatus.ChangesRequested, "changes_requested")]
    [InlineData(ApprovalTransition.Expire, ApprovalStatus.Expired, "expired")]
    [InlineData(ApprovalTransition.Expire, ApprovalStatus.Approved, "approved")]
    [InlineData(ApprovalTransition.Escalate, ApprovalStatus.Pending, "escalated")]
    [InlineData(ApprovalTransition.Cancel, ApprovalStatus.Cancelled, "cancelled")]
    public void Outcome_NamesWhatHappened(ApprovalTransition transition, ApprovalStatus status, string outcome) =>
        Assert.Equal(outcome, ApprovalLifecycle.Outcome(transition, status));
}
