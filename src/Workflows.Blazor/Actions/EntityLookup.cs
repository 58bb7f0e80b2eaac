using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Actions;

/// <summary>Finds a record by its id for an action, or fails the step with "There is no customer 'x'."</summary>
internal static class EntityLookup
{
    public static async Task<T> RequireAsync<T>(DbSet<T> records, string id, string noun, CancellationToken cancellationToken) where T : class =>
        await records.FindAsync([id], cancellationToken) ?? throw new StepFailedException($"There is no {noun} '{id}'.");
}
