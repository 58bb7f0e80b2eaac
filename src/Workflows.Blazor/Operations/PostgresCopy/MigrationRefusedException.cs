namespace Workflows.Blazor.Operations.PostgresCopy;

/// <summary>The copy into PostgreSQL will not start, for the reason in the message (said to the operator as it is).</summary>
public sealed class MigrationRefusedException(string message) : Exception(message);
