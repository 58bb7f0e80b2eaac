using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Store;
using Workflows.Engine.Journeys;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Journeys;

/// <summary>How contacts enter a locked journey: the reviewed, active workflow starts for them with the journey's starting context.</summary>
public sealed class LockedJourneyStarter(IDbContextFactory<AppDbContext> contexts, WorkflowStore store, ExecutionStarter starter)
{
    /// <summary>Starts the locked workflow for a customer who is not already going through it; returns the execution id.</summary>
    public async Task<string> StartAsync(JourneyDefinition definition, string contactId, JsonNode? input, CancellationToken cancellationToken = default)
    {
        var workflowId = await ActiveWorkflowAsync(definition, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Customers.AnyAsync(c => c.Id == contactId, cancellationToken))
        {
            throw AppException.NotFound("customer", contactId);
        }
        if (await db.Executions.AsNoTracking()
                .Where(e => e.WorkflowId == workflowId && e.SubjectId == contactId && !ExecutionStatuses.Ended.Contains(e.Status))
                .Select(e => e.Id)
                .FirstOrDefaultAsync(cancellationToken) is { } running)
        {
            throw AppException.Conflict($"Customer {contactId} is already going through this journey's workflow (run {running}).");
        }
        var runInput = new JsonObject
        {
            ["customerId"] = contactId,
            ["context"] = definition.StartingContext.DeepClone(),
            ["input"] = input?.DeepClone(),
        };
        return await starter.StartAsync(new RunRequest(workflowId, runInput, "journey") { SubjectId = contactId }, cancellationToken);
    }

    /// <summary>The locked workflow, once a person has reviewed and activated it.</summary>
    public async Task<string> ActiveWorkflowAsync(JourneyDefinition definition, CancellationToken cancellationToken = default)
    {
        if (definition.LockedWorkflowId is not { } workflowId)
        {
            throw AppException.Invalid("This journey is locked but has no workflow yet: generate it from the policy on the journey's page.");
        }
        var workflow = await store.GetAsync(workflowId, cancellationToken);
        if (!workflow.IsActive)
        {
            throw AppException.Invalid($"Review the workflow '{workflow.Name}' made from the policy and activate it; contacts enter once it is active.");
        }
        return workflowId;
    }
}
