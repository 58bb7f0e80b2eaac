using System.Text.Json.Nodes;
using Workflows.Blazor.Components.Experiments;
using Workflows.Engine.Journeys;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Components.Pages.Journeys;

/// <summary>The journey editor's state; <see cref="ToDefinition"/> turns it into a definition or says what to fix.</summary>
public sealed class JourneyForm
{
    public string Name { get; set; } = "";

    public string Policy { get; set; } = "";

    public JourneyMode Mode { get; set; } = JourneyMode.Adaptive;

    public string? EnrolEvent { get; set; }

    public string? SegmentId { get; set; }

    public bool EnrolNewMembers { get; set; }

    public string StartingContextJson { get; set; } = "{}";

    public List<AllowedActionForm> Actions { get; } = [];

    /// <summary>The share of contacts held out, in percent (0 for none).</summary>
    public double HoldoutPercent { get; set; }

    /// <summary>The conversion goals, each kept as written apart from what the editor changes.</summary>
    public List<GoalForm> Goals { get; } = [];

    public static JourneyForm From(JourneyDefinition definition)
    {
        var form = new JourneyForm
        {
            Name = definition.Name,
            Policy = definition.Policy,
            Mode = definition.Mode,
            EnrolEvent = definition.Audience.EnrolEvent,
            SegmentId = definition.Audience.SegmentId,
            EnrolNewMembers = definition.Audience.EnrolNewMembers,
            StartingContextJson = ReadableJson.Format(definition.StartingContext),
            HoldoutPercent = definition.HoldoutPercent,
        };
        form.Goals.AddRange(GoalForm.ListOf(definition.Goals));
        form.Actions.AddRange(definition.Actions.Select(AllowedActionForm.From));
        return form;
    }

    public (JourneyDefinition? Definition, IReadOnlyList<string> Problems) ToDefinition()
    {
        var problems = new List<string>();
        JsonObject context = [];
        try
        {
            context = JsonNode.Parse(string.IsNullOrWhiteSpace(StartingContextJson) ? "{}" : StartingContextJson) as JsonObject
                ?? throw new System.Text.Json.JsonException("not an object");
        }
        catch (System.Text.Json.JsonException)
        {
            problems.Add("The starting context should be a JSON object, e.g. {\"product\": \"Espresso machine\"}.");
        }
        var actions = new List<AllowedAction>();
        foreach (var (action, problem) in Actions.Select(a => a.ToAction()))
        {
            if (problem is not null)
            {
                problems.Add(problem);
            }
            else
            {
                actions.Add(action!);
            }
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        return (new JourneyDefinition(Name.Trim(), Policy, actions)
        {
            Mode = Mode,
            StartingContext = context,
            HoldoutPercent = HoldoutPercent,
            Goals = GoalForm.ToJson(Goals),
            Audience = new JourneyAudience
            {
                EnrolEvent = string.IsNullOrWhiteSpace(EnrolEvent) ? null : EnrolEvent.Trim(),
                SegmentId = string.IsNullOrWhiteSpace(SegmentId) ? null : SegmentId,
                EnrolNewMembers = EnrolNewMembers && !string.IsNullOrWhiteSpace(SegmentId),
            },
        }, []);
    }
}
