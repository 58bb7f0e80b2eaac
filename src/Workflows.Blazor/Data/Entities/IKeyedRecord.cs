namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// A row an action with a side effect creates. It keeps the step's idempotency key (unique; none for rows people make),
/// so the step run again after a crash, or a journey action re-run, finds the row instead of creating a second one.
/// </summary>
public interface IKeyedRecord
{
    string? IdempotencyKey { get; set; }
}
