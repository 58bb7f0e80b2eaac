using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Security;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Store;

/// <summary>
/// Two publishes of one draft at the same moment on the app's SQLite file (two first runs, a double click): each reads the
/// versions before either saves, held by <see cref="VersionSaveBarrier"/>, so the second insert meets the unique index.
/// </summary>
public sealed class PublishRaceTests : IDisposable
{
    private const string Designer = "designer@example.com";

    private readonly AppFactory _app = new();

    [Fact]
    public async Task Publish_GivesBothTheOneVersion_WhenTheSameDraftIsPublishedTwiceAtOnce()
    {
        var (id, _) = await _app.Services.GetRequiredService<WorkflowCommands>().ImportAsync(WorkflowJson.Parse(TestWorkflows.Greeting()), Designer);
        var barrier = new VersionSaveBarrier(parties: 2);
        var commands = ActivatorUtilities.CreateInstance<WorkflowCommands>(_app.Services, new InterceptedContexts(_app.Services, barrier));

        var versions = await Task.WhenAll(commands.PublishAsync(id, Designer), commands.PublishAsync(id, Designer));

        Assert.Equal([1, 1], versions);
        Assert.Equal(1, await _app.QueryAsync(db => db.WorkflowVersions.CountAsync(v => v.WorkflowId == id)));
        Assert.Equal(1, await _app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.WorkflowPublished)));
    }

    public void Dispose() => _app.Dispose();

    /// <summary>Holds each save of a new version until <paramref name="parties"/> saves have read the versions and got this far.</summary>
    private sealed class VersionSaveBarrier(int parties) : SaveChangesInterceptor
    {
        private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<WorkflowVersionEntity>().Any(e => e.State == EntityState.Added))
            {
                if (Interlocked.Increment(ref _arrived) == parties)
                {
                    _allArrived.SetResult();
                }
                await _allArrived.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }
            return result;
        }
    }
}
