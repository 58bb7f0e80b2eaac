namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// A named lease that app instances sharing the database take by turns: an instance's own lease (named by its id) says
/// it is alive, and a job's lease names the one instance that runs it. Past <see cref="ExpiresAt"/> anyone may take it.
/// </summary>
public sealed class LeaseEntity
{
    public required string Name { get; set; }

    /// <summary>The id of the app instance holding it.</summary>
    public required string Holder { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
