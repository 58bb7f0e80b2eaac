namespace Workflows.Blazor.Data;

/// <summary>Pending migrations could not be applied; the database was left as it was, and the message says how to go back.</summary>
public sealed class DatabaseUpgradeException(string message, Exception inner) : Exception(message, inner);
