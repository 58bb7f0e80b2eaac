namespace Workflows.Blazor.Live;

/// <summary>Someone asked to cancel a running run: the instance whose worker runs it stops it (the request is also on the run's row).</summary>
public sealed record CancelRequested(string ExecutionId) : Change;
