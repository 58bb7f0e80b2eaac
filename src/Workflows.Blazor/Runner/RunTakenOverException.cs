namespace Workflows.Blazor.Runner;

/// <summary>
/// Thrown by the journal when this instance no longer holds the run it is saving: it was held up past its lease (a long
/// pause, a frozen machine) and another instance took the run over. Nothing of the refused commit is saved.
/// </summary>
public sealed class RunTakenOverException(string executionId)
    : Exception($"Run {executionId} was taken over by another app instance; this instance's progress on it was not saved.");
