namespace Workflows.Blazor.Messaging;

/// <summary>Where recipients reach this app, for the links in tracked emails.</summary>
public sealed class MessagingOptions
{
    public string PublicUrl { get; set; } = "http://localhost:5080";

    public string BaseUrl => PublicUrl.TrimEnd('/');
}
