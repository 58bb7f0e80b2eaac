using System.Security.Cryptography;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Messaging;

/// <summary>A message on its way to the outbox and a channel.</summary>
public sealed record OutgoingMessage(string Kind, string To, string? Subject, string Body)
{
    /// <summary>The sender's address for email; the settings' From address when null.</summary>
    public string? From { get; init; }

    /// <summary>A plain-text alternative to an HTML email body.</summary>
    public string? TextBody { get; init; }

    /// <summary>True when the designer's template for the body is HTML; a text body is sent as text and as escaped HTML.</summary>
    public bool BodyIsHtml { get; init; }

    /// <summary>The parts of the body that came from data: links there are never made clickable or tracked.</summary>
    public IReadOnlyList<TextRange> DataRanges { get; init; } = [];

    public string? CustomerId { get; init; }

    public string? ExecutionId { get; init; }

    /// <summary>The step's key: a second message with the same key is not sent again.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The secret in the message's open and click links.</summary>
    public string TrackingToken { get; init; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
