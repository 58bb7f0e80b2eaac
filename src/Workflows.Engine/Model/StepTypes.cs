using Workflows.Engine.Experiments;

namespace Workflows.Engine.Model;

/// <summary>The step types of the workflow model and what each one offers.</summary>
public static class StepTypes
{
    public const string Trigger = "trigger";
    public const string Action = "action";
    public const string Llm = "llm";
    public const string Condition = "condition";
    public const string Loop = "loop";
    public const string Approval = "approval";
    public const string Wait = "wait";
    public const string Split = "split";

    public static IReadOnlyList<StepTypeDeclaration> All { get; } =
    [
        new(Trigger, "Trigger", "How the workflow starts: manually, on a schedule, from a webhook or an event.",
            [Ports.Success], ["type"]),
        new(Action, "Action", "Does something: reads or updates data, sends a message, calls an API.",
            [Ports.Success, Ports.Error], ["type"]),
        new(Llm, "LLM", "Uses AI to analyse data, generate content or decide.",
            [Ports.Success, Ports.Error], ["systemPrompt"]),
        new(Condition, "Condition", "Branches on an expression.",
            [Ports.True, Ports.False, Ports.Error], ["expression"]),
        new(Loop, "Loop", "Runs its next step once for every item of a list, then goes to done.",
            [Ports.Next, Ports.Done, Ports.Error], ["items"]),
        new(Approval, "Approval", "Waits for a person to approve, reject or fill in a form.",
            [Ports.Approved, Ports.Rejected, Ports.Timeout, Ports.Error], ["title"]),
        new(Wait, "Wait", "Pauses for a duration, until a time, or until an event arrives.",
            [Ports.Success, Ports.Timeout, Ports.Error], []),
        new(Split, "Split", "Sends each contact down one of several paths by weight, the same path every time; one path may be a holdout that gets nothing.",
            [], [])
        {
            PortsFromConfig = SplitConfig.Ports,
        },
    ];

    /// <summary>The output ports of <paramref name="step"/> in display order; none for an unknown type.</summary>
    public static IReadOnlyList<string> PortsOf(StepDefinition step) => Find(step.Type)?.PortsOf(step) ?? [];

    public static StepTypeDeclaration? Find(string type)
    {
        foreach (var declaration in All)
        {
            if (declaration.Name == type)
            {
                return declaration;
            }
        }
        return null;
    }
}
