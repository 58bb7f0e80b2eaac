namespace Workflows.Blazor.Messaging;

/// <summary>A channel could not deliver a message; the message says why, in words a user can act on.</summary>
public sealed class MessageRefusedException(string message, Exception? inner = null) : Exception(message, inner);
