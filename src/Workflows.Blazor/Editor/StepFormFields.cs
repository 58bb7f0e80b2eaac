using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Editor;

/// <summary>The form of each step type; an action's parameters come from its declaration, so new actions need no form code.</summary>
public static class StepFormFields
{
    private static readonly string[] TriggerTypes = ["manual", "schedule", "webhook", "event"];

    public static IReadOnlyList<ConfigField> For(StepDefinition step, ActionCatalog actions) => step.Type switch
    {
        StepTypes.Trigger => Trigger(step),
        StepTypes.Action => [.. Action(step, actions), .. Retry],
        StepTypes.Llm => [.. Llm(actions), .. Retry],
        StepTypes.Condition => [new("expression", "Condition", FieldKind.Expression, "e.g. {{steps.get_customer.output.tier}} == 'vip'", Required: true)],
        StepTypes.Loop =>
        [
            new("items", "List to go through", FieldKind.Text, "The list of items, e.g. {{steps.find_customers.output.customers}}", Required: true),
            new("itemVariable", "Item name", FieldKind.Text, "Each item is {{loop.item}}; this names it too, e.g. customer"),
        ],
        StepTypes.Approval =>
        [
            new("title", "Title", FieldKind.Text, "What the reviewer is asked, e.g. Approve VIP offer for {{input.name}}", Required: true),
            new("description", "Description", FieldKind.Multiline),
            new("assignee", "Assignee", FieldKind.Text, "A user's email or a role: reviewer, admin"),
            new("dueIn", "Decide within", FieldKind.Text, "e.g. 2 days; empty waits for ever"),
            new("onTimeout", "When nobody decides in time", FieldKind.Choice) { Options = ["timeout", "approve", "reject"] },
            new("escalateTo", "Escalate to", FieldKind.Text, "A role asked once the time is half gone"),
        ],
        StepTypes.Wait =>
        [
            new("duration", "Wait for", FieldKind.Text, "e.g. 3 days, 2 hours"),
            new("until", "Or wait until", FieldKind.Text, "A time, e.g. {{input.sendAt}}"),
            new("event", "Or wait for event", FieldKind.Text, "e.g. email.opened"),
            new("timeout", "Give up on the event after", FieldKind.Text, "e.g. 7 days: then the timeout port is taken"),
        ],
        StepTypes.Split =>
        [
            new("contact", "Contact", FieldKind.Text, "Who keeps their path each time, e.g. {{input.email}}; empty means the run's customer"),
        ],
        _ => [],
    };

    private static IReadOnlyList<ConfigField> Trigger(StepDefinition step) => step.ConfigString("type") switch
    {
        "schedule" => [TriggerType, new("cron", "Schedule", FieldKind.Schedule, "When it runs, in the time zone beside it", Required: true)],
        "webhook" => [TriggerType, new("path", "Web address", FieldKind.Text, "Other systems start the workflow by sending JSON (POST) to this address, e.g. /webhooks/new-order", Required: true)],
        "event" => [TriggerType, new("eventType", "Event", FieldKind.Text, "e.g. customer.created", Required: true)],
        _ => [TriggerType],
    };

    private static ConfigField TriggerType => new("type", "Starts", FieldKind.Choice)
    {
        Options = TriggerTypes,
        OptionLabels = new Dictionary<string, string>
        {
            ["manual"] = "By hand", ["schedule"] = "On a schedule", ["webhook"] = "When a web address is called", ["event"] = "When an event happens",
        },
    };

    private static IEnumerable<ConfigField> Action(StepDefinition step, ActionCatalog actions)
    {
        yield return new ConfigField("type", "What it does", FieldKind.Choice, Required: true) { Options = [.. actions.Declarations.Select(d => d.Name)], OptionLabels = ActionLabels(actions) };
        var declaration = step.ConfigString("type") is { } name ? actions.Find(name)?.Declaration : null;
        foreach (var parameter in declaration?.Parameters ?? [])
        {
            yield return new ConfigField($"parameters.{parameter.Name}", parameter.Title, KindOf(parameter), Sentence(parameter.Description), parameter.Required);
        }
    }

    private static IReadOnlyList<ConfigField> Llm(ActionCatalog actions) =>
    [
        new("systemPrompt", "System prompt", FieldKind.Multiline, "Who the model is and what it must do", Required: true),
        new("userPrompt", "User prompt", FieldKind.Multiline, "The data to work on, e.g. Customer: {{steps.get_customer.output}}"),
        new("outputFormat", "Output", FieldKind.Choice) { Options = ["text", "json"] },
        new("outputSchema", "JSON schema of the output", FieldKind.Json, "Optional; checked when the output is JSON"),
        new("temperature", "Temperature", FieldKind.Number, "0 is focused, 1 is creative"),
        new("maxTokens", "Longest answer, in tokens", FieldKind.Number, "About ¾ of a word each; empty lets the model decide"),
        new("tools", "Actions the AI may use", FieldKind.Names) { Options = [.. actions.Declarations.Select(d => d.Name)], OptionLabels = ActionLabels(actions) },
        new("threadId", "Thread", FieldKind.Text, "Steps with the same thread remember each other, e.g. {{input.customerId}}"),
    ];

    private static IReadOnlyList<ConfigField> Retry =>
    [
        new("retry.count", "Retries when it fails", FieldKind.Number, $"0 to {RetryPolicy.MaxCount}; then the error port is taken"),
        new("retry.backoff", "First wait between tries", FieldKind.Text, "e.g. 10 seconds; doubled each time"),
    ];

    private static Dictionary<string, string> ActionLabels(ActionCatalog actions) =>
        actions.Declarations.ToDictionary(d => d.Name, d => d.Title, StringComparer.Ordinal);

    private static string Sentence(string description) => char.ToUpperInvariant(description[0]) + description[1..];

    // Messages people write (an email's body, a text) get several lines.
    private static FieldKind KindOf(ActionParameter parameter) =>
        parameter.Type == ParameterType.String && parameter.Multiline ? FieldKind.Multiline : KindOf(parameter.Type);

    private static FieldKind KindOf(ParameterType type) => type switch
    {
        ParameterType.Number => FieldKind.Number,
        ParameterType.Boolean => FieldKind.Boolean,
        ParameterType.Object or ParameterType.Array or ParameterType.Any => FieldKind.Json,
        _ => FieldKind.Text,
    };
}
