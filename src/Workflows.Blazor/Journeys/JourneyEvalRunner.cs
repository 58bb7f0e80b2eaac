using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Journeys;
using Workflows.Engine.Journeys.Evals;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Runs journey scenarios N times each against the configured model on a virtual clock (days pass in milliseconds),
/// scores every expectation, and stores one result per scenario with the model and the policy version.
/// </summary>
public sealed class JourneyEvalRunner(JourneyDecider decider, Ai.LlmClientSource clients, ActionCatalog catalog, IDbContextFactory<AppDbContext> contexts, TimeProvider time)
{
    /// <summary>
    /// Runs and scores every scenario, then stores the session. Nothing is stored when it is cancelled or the model
    /// fails: a session with some scenarios missing would chart as a different one.
    /// </summary>
    /// <exception cref="InvalidOperationException">No model is configured, or the model could not be asked.</exception>
    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalScenario> scenarios, int trials, Action<EvalProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (await decider.ProviderProblemAsync(cancellationToken) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
        var model = (await clients.GetAsync(cancellationToken)).Options.Model ?? "none";
        var evalId = Ids.New();
        var simulator = new JourneySimulator(new DecisionValidator(catalog.FindDeclaration));
        var reports = new List<ScenarioReport>();
        var rows = new List<JourneyEvalResultEntity>();
        foreach (var (scenario, number) in scenarios.Select((s, i) => (s, i + 1)))
        {
            var details = new JsonArray();
            var passed = 0;
            var met = 0;
            var failures = new List<string>();
            for (var trial = 1; trial <= trials; trial++)
            {
                progress?.Invoke(new EvalProgress(number, scenarios.Count, scenario.Name, trial, trials));
                var log = await simulator.RunAsync(scenario, (journey, soFar, now, ct) => DecideAsync(scenario, journey, soFar, now, ct), cancellationToken);
                var results = ScenarioScorer.Score(scenario, log);
                passed += results.All(r => r.Passed) ? 1 : 0;
                met += results.Count(r => r.Passed);
                failures.AddRange(results.Where(r => !r.Passed).Select(r => $"trial {trial}: {r.Expectation} ({r.Detail})"));
                details.Add(new JsonArray([.. results.Select(r => (JsonNode)new JsonObject { ["expectation"] = r.Expectation, ["passed"] = r.Passed, ["detail"] = r.Detail })]));
            }
            var total = trials * scenario.Expectations.Count;
            var report = new ScenarioReport(scenario.Name, scenario.PolicyVersion, trials, passed, total == 0 ? 1 : (double)met / total, failures);
            rows.Add(new JourneyEvalResultEntity
            {
                EvalId = evalId,
                Scenario = scenario.Name,
                Model = model,
                PolicyVersion = scenario.PolicyVersion,
                Trials = trials,
                PassedTrials = passed,
                ExpectationScore = report.ExpectationScore,
                RunAt = time.GetUtcNow(),
                DetailsJson = details.ToJsonString(),
            });
            reports.Add(report);
            progress?.Invoke(new EvalProgress(number, scenarios.Count, scenario.Name, trials, trials, report));
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.JourneyEvalResults.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        return new EvalReport(evalId, model, reports);
    }

    /// <summary>Every stored session, oldest first, for the adherence chart.</summary>
    public async Task<IReadOnlyList<EvalReport>> HistoryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.JourneyEvalResults.AsNoTracking().OrderBy(r => r.RunAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.EvalId).Select(g => new EvalReport(g.Key, g.First().Model,
            [.. g.Select(r => new ScenarioReport(r.Scenario, r.PolicyVersion, r.Trials, r.PassedTrials, r.ExpectationScore, []))]))];
    }

    /// <summary>A model that cannot be asked stops the session: scoring its silence would read as a model that disobeys.</summary>
    private async Task<SimulatedDecision> DecideAsync(EvalScenario scenario, JourneyDefinition journey, JourneyLog log, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var answer = await decider.DecideAsync(journey, scenario.Contact, log, now, cancellationToken);
        return answer.ProviderFailed
            ? throw new InvalidOperationException($"The model failed during scenario {scenario.Name}, so the eval stopped and stored nothing. {answer.Problem}")
            : new SimulatedDecision(answer.Decision, answer.Problem);
    }
}
