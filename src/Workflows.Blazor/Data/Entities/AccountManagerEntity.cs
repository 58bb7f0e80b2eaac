namespace Workflows.Blazor.Data.Entities;

/// <summary>A member of staff who owns customers (seed 000's "notify account manager").</summary>
public sealed class AccountManagerEntity
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }
}
