using System.Text.Json.Nodes;

namespace Workflows.Engine.Runtime;

/// <summary>
/// Everything a run needs to continue: where it is, what each step produced, the loops it is in and
/// what it waits for. It serialises to JSON, so the runner can store it after every step and resume it anywhere.
/// </summary>
public sealed class ExecutionState
{
    public required string ExecutionId { get; init; }

    public required string WorkflowId { get; init; }

    public string OrganizationId { get; init; } = "default";

    /// <summary>The conversation thread shared by the run's LLM steps (user guide, Pattern 4).</summary>
    public string? ThreadId { get; init; }

    /// <summary>Whom the run is about, e.g. a customer id; events for this subject resume its waits. Changes only with a correction (<see cref="Correct"/>).</summary>
    public string? SubjectId { get; set; }

    /// <summary>True for test runs from the editor, where steps may use their sample output.</summary>
    public bool IsTest { get; init; }

    /// <summary>The trigger payload; replaced only when a person corrects a failed run (<see cref="Correct"/>).</summary>
    public JsonNode? Input { get; set; }

    /// <summary>Sample outputs by step slug for a test run (like pinned data): steps that honour them skip their real work.</summary>
    public JsonObject? TestOutputs { get; init; }

    public JsonObject Variables { get; init; } = [];

    /// <summary>The cipher texts of the workflow's own secrets by name, as it was when the run started; never a clear value.</summary>
    public Dictionary<string, string>? InlineSecrets { get; init; }

    /// <summary>Set when a step changed <see cref="Variables"/>: that step's record carries a copy, so the viewer can show them at each point.</summary>
    public bool VariablesChanged { get; set; }

    /// <summary><c>{ slug: { output, error, port } }</c> for each step that has run: what <c>{{steps.slug.output}}</c> reads.</summary>
    public JsonObject Steps { get; init; } = [];

    public List<LoopFrame> Loops { get; init; } = [];

    public ExecutionStatus Status { get; set; } = ExecutionStatus.Queued;

    /// <summary>The step to run next, or the step that failed or waits; null once the run has ended.</summary>
    public string? CurrentStep { get; set; }

    public int StepRuns { get; set; }

    /// <summary>Which try of <see cref="CurrentStep"/> this is: 1, then one more for each retry of its retry policy.</summary>
    public int Attempt { get; set; } = 1;

    public Bookmark? Bookmark { get; set; }

    public string? Error { get; set; }

    public string? FailedStep { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Corrects a failed run's data before it is retried; null keeps what the run had.</summary>
    public void Correct(JsonNode? input, JsonObject? variables)
    {
        if (input is not null)
        {
            Input = input.DeepClone();
        }
        if (variables is not null)
        {
            Variables.Clear();
            foreach (var (name, value) in variables)
            {
                Variables[name] = value?.DeepClone();
            }
            VariablesChanged = true;
        }
    }

    public LoopFrame? FindLoop(string slug)
    {
        for (var i = Loops.Count - 1; i >= 0; i--)
        {
            if (Loops[i].LoopSlug == slug)
            {
                return Loops[i];
            }
        }
        return null;
    }

    /// <summary>The index in each enclosing loop, outermost first ("2/0"), or null outside loops.</summary>
    public string? LoopPath() => Loops.Count switch
    {
        0 => null,
        1 => Loops[0].Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => string.Join('/', Loops.Select(l => l.Index)),
    };
}
