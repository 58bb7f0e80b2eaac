namespace Workflows.Blazor.Tests.Support;

/// <summary>One request an <see cref="HttpTestReceiver"/> was sent.</summary>
internal sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
