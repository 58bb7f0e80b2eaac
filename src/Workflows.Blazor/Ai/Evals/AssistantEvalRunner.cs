using System.Text.Json.Nodes;
using Workflows.Blazor.Ai.Assistant;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Ai.Evals;

/// <summary>Runs the eval set against the configured model, one request after another, and checks each workflow it proposes; <c>onResult</c> hears of each as it is done.</summary>
public sealed class AssistantEvalRunner(WorkflowAssistant assistant, ActionCatalog catalog)
{
    public async Task<IReadOnlyList<EvalResult>> RunAsync(IReadOnlyList<EvalCase> cases, Action<EvalResult>? onResult, CancellationToken cancellationToken)
    {
        var results = new List<EvalResult>(cases.Count);
        foreach (var evalCase in cases)
        {
            var proposal = await assistant.ProposeAsync(evalCase.Request, cancellationToken: cancellationToken);
            var result = new EvalResult(evalCase, Check(evalCase.Expect, proposal), proposal.Attempts.Count, proposal.Latency, proposal.Problem);
            results.Add(result);
            onResult?.Invoke(result);
        }
        return results;
    }

    /// <summary>An expected name that is no action or step type: the eval file is wrong, not the model.</summary>
    public string? FindMistake(EvalCase evalCase)
    {
        var unknownType = evalCase.Expect.StepTypes.FirstOrDefault(t => StepTypes.Find(t) is null);
        var unknownAction = evalCase.Expect.Actions.SelectMany(Alternatives).FirstOrDefault(a => catalog.Find(a) is null);
        return unknownType is not null ? $"{evalCase.Id} expects the step type '{unknownType}', which does not exist."
            : unknownAction is not null ? $"{evalCase.Id} expects the action '{unknownAction}', which does not exist."
            : null;
    }

    public IReadOnlyList<EvalCheck> Check(EvalExpectation expect, AssistantProposal proposal)
    {
        if (proposal.Definition is not { } definition)
        {
            return [.. EvalCheck.Names.Select(name => new EvalCheck(name, false, proposal.Problem))];
        }
        // The actions steps run, and those LLM steps offer as tools.
        var used = definition.Steps.Select(StepTypes.ActionOf).OfType<string>()
            .Concat(definition.Steps.SelectMany(s => (s.Config["tools"] as JsonArray ?? []).Select(JsonText.ToText)))
            .ToList();
        var canonical = used.Select(name => catalog.Find(name)?.Declaration.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var missingTypes = expect.StepTypes.Where(t => definition.Steps.All(s => s.Type != t)).ToList();
        var missingActions = expect.Actions.Where(entry => !Alternatives(entry).Any(a => catalog.Find(a) is { } h && canonical.Contains(h.Declaration.Name))).ToList();
        var invented = used.Where(name => catalog.Find(name) is null).Distinct().ToList();
        return
        [
            new(EvalCheck.Validates, proposal.IsValid, proposal.IsValid ? null : string.Join("; ", proposal.Report!.Errors.Select(f => f.ToString()))),
            new(EvalCheck.StepTypes, missingTypes.Count == 0, Missing(missingTypes)),
            new(EvalCheck.Actions, missingActions.Count == 0, Missing(missingActions)),
            new(EvalCheck.NoInventedActions, invented.Count == 0, invented.Count == 0 ? null : $"invented: {string.Join(", ", invented)}"),
        ];
    }

    private static string[] Alternatives(string entry) => entry.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string? Missing(List<string> missing) => missing.Count == 0 ? null : $"missing: {string.Join(", ", missing)}";
}
