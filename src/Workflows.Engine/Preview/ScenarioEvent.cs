namespace Workflows.Engine.Preview;

/// <summary>Something the contact does in a preview's scenario: an event of <paramref name="Type"/> (<c>email.opened</c>) on day <paramref name="Day"/>, day 0 being the start.</summary>
public sealed record ScenarioEvent(string Type, int Day);
