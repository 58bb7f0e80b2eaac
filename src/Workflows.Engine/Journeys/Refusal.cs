namespace Workflows.Engine.Journeys;

/// <summary>A part of a decision the guardrails turned down (e.g. <c>actNow[0] email_send</c>), and why, in words.</summary>
public sealed record Refusal(string Part, string Reason);
