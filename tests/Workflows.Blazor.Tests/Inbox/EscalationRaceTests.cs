using System.Data.Common;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Inbox;

/// <summary>
/// A reviewer decides an overdue request at the moment it is escalated: the decision lands after the escalation read the
/// item and before it wrote it (held there by <see cref="DecideBeforeEscalating"/>). The item ends decided with the
/// decision in its history, and the escalation either shows beside it or did not happen; it never overwrites the decision.
/// </summary>
public sealed class EscalationRaceTests : IDisposable
{
    private const string Reviewer = "reviewer@example.com";

    private readonly AppFactory _app = new();

    [Fact]
    public async Task DecisionAtTheMomentOfEscalation_KeepsItsHistoryEntry_AndTheItemStaysDecided()
    {
        var asked = await _app.OutputOfAsync("create_approval",
            new JsonObject { ["title"] = "Check the win-back wording", ["dueIn"] = "2 days", ["escalateTo"] = "Admin" });
        var approvalId = asked["id"]!.GetValue<string>();
        var assignee = await _app.QueryAsync(db => db.Approvals.Where(a => a.Id == approvalId).Select(a => a.Assignee).SingleAsync());
        _app.Clock.Advance(TimeSpan.FromDays(2));
        var decide = new DecideBeforeEscalating(() =>
            _app.Services.GetRequiredService<ApprovalCommands>().DecideAsync(approvalId, Reviewer, new ApprovalDecisionRequest("approved")));
        var escalating = ActivatorUtilities.CreateInstance<ApprovalCommands>(_app.Services, new InterceptedContexts(_app.Services, decide));

        await escalating.FireDueRequestsAsync(batchSize: 10);

        Assert.True(decide.Decided);
        var item = await _app.QueryAsync(db => db.Approvals.AsNoTracking().SingleAsync(a => a.Id == approvalId));
        var history = JsonStore.Array(item.DecisionsJson).Select(d => d!["decision"]!.GetValue<string>()).ToList();
        Assert.Equal((ApprovalStatus.Approved, Reviewer), (item.Status, item.DecidedBy));
        string[] expected = item.EscalatedAt is null ? ["approved"] : ["approved", "escalated"];
        Assert.Equal(expected, history.Order());
        Assert.Equal(item.EscalatedAt is null ? assignee : "Admin", item.Assignee);
    }

    public void Dispose() => _app.Dispose();

    /// <summary>Runs the reviewer's decision, to its commit, when the escalating pass first opens a transaction.</summary>
    private sealed class DecideBeforeEscalating(Func<Task> decide) : DbTransactionInterceptor
    {
        public bool Decided { get; private set; }

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (!Decided)
            {
                Decided = true;
                await decide();
            }
            return result;
        }
    }
}
