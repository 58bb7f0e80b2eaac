namespace Workflows.Blazor.Security;

/// <summary>A webhook endpoint's new signing secret, in plain text this once: nobody can read it again.</summary>
public sealed record RotatedWebhookSecret(string Path, string Secret);
