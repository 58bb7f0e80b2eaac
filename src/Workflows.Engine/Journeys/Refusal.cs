namespace Workflows.Engine.Journeys;

/// <summary>A part of a decision the guardrails turned down (e.g. <c>actNow[0] email_send</c>), and why, in words.</summary>
public sealed record Refusal(string Part, string Reason)
{
    /// <summary>The cap that turned it down (<c>maxPerContact</c> or <c>maxPerDay</c>), or null when it was refused for another reason.</summary>
    public string? Cap { get; init; }
}
