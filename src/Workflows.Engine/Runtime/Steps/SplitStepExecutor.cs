using System.Text.Json.Nodes;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Runtime.Steps;

/// <summary>
/// Sends the run down one of the split's paths (<see cref="SplitAssignment"/>), the same path for the same contact
/// in every run of the workflow. The contact is <c>config.contact</c> when it renders to something, else the run's
/// customer (the customer id the run started with), else the run itself. A holdout path has no link, so the run
/// ends there. The output records the path, its weight and share, and whom it was chosen for:
/// <c>{ "path": "B", "weight": 20, "percent": 20, "holdout": false, "contact": "cust_1", "contactFrom": "customer", "explanation": "…" }</c>.
/// Once the split's experiment ended (<see cref="SplitConfig.Winner"/>), every contact takes the winning path.
/// </summary>
public sealed class SplitStepExecutor : IStepExecutor
{
    public string StepType => StepTypes.Split;

    public ValueTask<StepOutcome> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        var paths = SplitConfig.Paths(context.Step);
        if (paths.Count is < SplitConfig.MinPaths or > SplitConfig.MaxPaths || paths.Any(p => p.Weight <= 0 || string.IsNullOrWhiteSpace(p.Name)))
        {
            throw new StepFailedException(
                $"This split needs {SplitConfig.MinPaths} to {SplitConfig.MaxPaths} paths, each with a name and a weight above 0.");
        }
        var (contact, from) = ContactOf(context);
        context.RecordedInput = new JsonObject { ["contact"] = contact, ["contactFrom"] = from };

        var winner = SplitConfig.Winner(context.Step);
        var path = winner is null
            ? SplitAssignment.Choose(paths, SplitAssignment.Place(context.State.WorkflowId, context.Step.Slug, contact))
            : paths.FirstOrDefault(p => p.Name == winner.Path && !p.Holdout)
              ?? throw new StepFailedException($"This split's experiment ended with path '{winner.Path}', which it no longer has as a path that sends.");
        var percent = winner is null ? SplitConfig.Percent(path, paths) : 100;
        var output = new JsonObject
        {
            ["path"] = path.Name,
            ["weight"] = path.Weight,
            ["percent"] = Math.Round(percent, 2),
            ["holdout"] = path.Holdout,
            ["contact"] = contact,
            ["contactFrom"] = from,
            ["explanation"] = winner is not null ? $"The experiment ended: everyone takes path '{path.Name}'"
                : path.Holdout
                ? $"Held out with {SplitConfig.PercentText(percent)} of contacts ('{path.Name}'): nothing is sent"
                : $"Took path '{path.Name}', which gets {SplitConfig.PercentText(percent)} of contacts",
        };
        return ValueTask.FromResult(StepOutcome.Continue(path.Name, output));
    }

    private static (string Contact, string From) ContactOf(StepContext context)
    {
        if (context.RenderConfig(SplitConfig.ContactKey) is { } rendered && JsonText.ToText(rendered) is var named && !string.IsNullOrWhiteSpace(named))
        {
            return (named, "step");
        }
        return context.State.SubjectId is { Length: > 0 } customer ? (customer, "customer") : (context.State.ExecutionId, "run");
    }
}
