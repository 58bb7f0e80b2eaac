using System.CommandLine;
using System.Globalization;
using Workflows.Blazor.Journeys;

namespace Workflows.Blazor.Cli;

/// <summary><c>eval journeys</c>: runs the journey scenarios against the configured model and stores the results for the Journeys page.</summary>
public static class JourneyEvalCommand
{
    public static Command Create(CliContext context)
    {
        var trials = new Option<int>("--trials") { Description = "Runs per scenario; pass^k needs all k to pass.", DefaultValueFactory = _ => 3 };
        var folder = new Option<DirectoryInfo>("--folder") { Description = "Where the scenario files are (default assets/evals/journeys)." };
        var only = new Option<string?>("--scenario") { Description = "Run only the scenario with this name." };
        var journeys = new Command("journeys", "Run the journey scenarios N times each and score every expectation.") { trials, folder, only };
        journeys.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(folder)?.FullName ?? JourneyScenarioFiles.DefaultFolder();
            if (!Directory.Exists(path))
            {
                context.Error.WriteLine($"error: {path} does not exist.");
                return ExitCodes.Failed;
            }
            var scenarios = JourneyScenarioFiles.Load(path).Where(s => parse.GetValue(only) is not { } name || s.Name == name).ToList();
            if (scenarios.Count == 0)
            {
                context.Error.WriteLine($"error: no scenario to run in {path}.");
                return ExitCodes.Failed;
            }
            await context.OpenDatabaseAsync(cancellationToken);
            var runner = context.Services.GetRequiredService<JourneyEvalRunner>();
            var report = await runner.RunAsync(scenarios, Math.Max(1, parse.GetValue(trials)), progress =>
            {
                if (progress.Scored is not { } scenario)
                {
                    return;
                }
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(scenario.PassHatK ? "pass" : "FAIL"),-5} {scenario.Scenario,-45} {scenario.PassedTrials}/{scenario.Trials} trials, {scenario.ExpectationScore:P0} of expectations"));
                foreach (var failure in scenario.Failures)
                {
                    context.Output.WriteLine($"      {failure}");
                }
            }, cancellationToken);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"model {report.Model}: pass rate {report.PassRate:P0}, pass^k {report.PassHatK:P0} ({report.Scenarios.Count} scenarios)"));
            return report.PassHatK == 1 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return journeys;
    }
}
