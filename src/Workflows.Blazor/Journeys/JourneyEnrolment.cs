using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// The one way into a journey, whoever enrols (a person, the API, an event, a segment): an adaptive journey enrols
/// the contact for the model to decide; a locked one starts its reviewed workflow for them.
/// </summary>
public sealed class JourneyEnrolment(IDbContextFactory<AppDbContext> contexts, JourneyRunner runner, LockedJourneyStarter locked)
{
    /// <summary>Enrols one contact and, in an adaptive journey, waits for the first decision.</summary>
    public async Task<JourneyEnrolled> EnrolAsync(string journeyId, string contactId, JsonNode? input, CancellationToken cancellationToken = default)
    {
        var definition = await CurrentAsync(journeyId, cancellationToken);
        return definition.Mode == JourneyMode.Locked
            ? new JourneyEnrolled(null, await locked.StartAsync(definition, contactId, input, cancellationToken))
            : new JourneyEnrolled(await runner.EnrolAsync(journeyId, contactId, input, cancellationToken), null);
    }

    /// <summary>
    /// Enrols many contacts without waiting for a model; those already in the journey are skipped. Returns how many entered.
    /// A locked journey starts its workflow contact by contact, reporting each and stopping between two when cancelled:
    /// every contact either entered or did not.
    /// </summary>
    public async Task<int> EnrolManyAsync(string journeyId, IReadOnlyCollection<string> contactIds, JsonNode? input,
        IProgress<WorkProgress>? progress, CancellationToken cancellationToken = default)
    {
        var definition = await CurrentAsync(journeyId, cancellationToken);
        if (definition.Mode == JourneyMode.Adaptive)
        {
            var enrolled = await runner.EnrolLaterAsync(journeyId, contactIds, input, cancellationToken);
            progress?.Report(new WorkProgress(contactIds.Count, contactIds.Count));
            return enrolled;
        }
        await locked.ActiveWorkflowAsync(definition, cancellationToken);
        var (started, done) = (0, 0);
        foreach (var contactId in contactIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await locked.StartAsync(definition, contactId, input, CancellationToken.None);
                started++;
            }
            catch (AppException ex) when (ex.Kind == ErrorKind.Conflict)
            {
                // Already going through the workflow: entering twice would send everything twice.
            }
            progress?.Report(new WorkProgress(++done, contactIds.Count));
        }
        return started;
    }

    private async Task<JourneyDefinition> CurrentAsync(string journeyId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await db.Journeys.AsNoTracking().Where(j => j.Id == journeyId).Select(j => (int?)j.CurrentVersion).FirstOrDefaultAsync(cancellationToken)
            ?? throw AppException.NotFound("journey", journeyId);
        return await JourneyStore.VersionAsync(db, journeyId, version, cancellationToken);
    }
}
