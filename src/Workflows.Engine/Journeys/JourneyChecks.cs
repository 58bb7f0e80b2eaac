using Workflows.Engine.Experiments;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Engine.Journeys;

/// <summary>What is wrong with a journey definition, as sentences for the editor; empty when it can be saved.</summary>
public static class JourneyChecks
{
    public static IReadOnlyList<string> Problems(JourneyDefinition journey, Func<string, ActionDeclaration?> declarations)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(journey.Name))
        {
            problems.Add("The journey needs a name.");
        }
        if (string.IsNullOrWhiteSpace(journey.Policy))
        {
            problems.Add("The journey needs a policy: describe in plain words what should happen and when.");
        }
        if (journey.Actions.Count == 0)
        {
            problems.Add("Allow at least one action, such as email_send.");
        }
        foreach (var duplicate in journey.Actions.GroupBy(a => a.Action).Where(g => g.Count() > 1))
        {
            problems.Add($"'{duplicate.Key}' is allowed twice; keep one with its guardrails.");
        }
        foreach (var action in journey.Actions)
        {
            if (declarations(action.Action) is null)
            {
                problems.Add($"'{action.Action}' is not an action of this app.");
            }
            if (action.Guardrails.MaxPerContact is < 1 || action.Guardrails.MaxPerDay is < 1)
            {
                problems.Add($"{action.Action}: limits must be at least 1 (leave empty for no limit).");
            }
            if (action.Guardrails.QuietHours?.FindProblem() is { } quiet)
            {
                problems.Add($"{action.Action}: {quiet}");
            }
            problems.AddRange(DefaultTemplates.Problems(action, journey.StartingContext));
        }
        problems.AddRange(journey.Subscribers.Select(s => s.FindProblem()).OfType<string>());
        foreach (var subscriber in journey.Subscribers)
        {
            problems.AddRange(subscriber.Actions.Where(a => journey.Find(a) is null).Select(a => $"A subscriber listens to '{a}', which the journey does not allow."));
        }
        if (journey.Audience.SegmentId is not null && journey.Audience.EnrolEvent is not null)
        {
            problems.Add("The audience is a segment or an enrolling event, not both.");
        }
        if (journey.Audience.EnrolNewMembers && journey.Audience.SegmentId is null)
        {
            problems.Add("Enrolling new members needs a segment: choose one, or turn the option off.");
        }
        if (journey.HoldoutPercent is < 0 or > JourneyHoldout.MaxPercent || double.IsNaN(journey.HoldoutPercent))
        {
            problems.Add($"Hold out between 0% and {JourneyHoldout.MaxPercent}% of the contacts (e.g. 10%).");
        }
        problems.AddRange(GoalProblems.Of(journey.Goals, "goals").Select(p => p.Message));
        return problems;
    }
}
