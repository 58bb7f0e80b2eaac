using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;
using Workflows.Engine.Validation.Rules;

namespace Workflows.Engine.Steps.Triggers;

/// <summary>Started when another system sends JSON to the workflow's web address; what it sends is the run's input.</summary>
public static class WebhookTrigger
{
    public static TriggerKind Kind { get; } = new(TriggerTypes.Webhook, "When a web address is called")
    {
        Fields = [new("path", "Web address", FieldKind.Text,
            $"Other systems start the workflow by sending JSON (POST) to this address, e.g. {WebhookPaths.Example}", Required: true)],
        Summary = step => $"When {step.ConfigString("path") ?? "its web address"} is called",
        PromptConfig = $"webhook adds \"path\" (\"{WebhookPaths.Example}\", always starting with {WebhookPaths.Prefix})",
        Receives = "call",
        Listens = TriggerListener.WebAddress,
        Check = Check,
    };

    private static IEnumerable<ValidationFinding> Check(StepDefinition trigger, ValidationContext context)
    {
        if (trigger.ConfigString("path") is not { Length: > 0 } path)
        {
            yield return Finding.Error(FindingCodes.MissingConfig, trigger.Slug,
                $"A webhook trigger needs a path: {WebhookPaths.Rule}, e.g. \"{WebhookPaths.Example}\".", "config.path");
        }
        else if (!WebhookPaths.IsValid(path))
        {
            yield return Finding.Error(FindingCodes.InvalidWebhookPath, trigger.Slug,
                $"\"{path}\" is not a webhook path: {WebhookPaths.Rule}, e.g. \"{WebhookPaths.Suggest(path) ?? WebhookPaths.Example}\".", "config.path");
        }
    }
}
