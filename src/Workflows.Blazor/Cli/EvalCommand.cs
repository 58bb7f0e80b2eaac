using System.CommandLine;
using Workflows.Blazor.Ai;
using Workflows.Blazor.Ai.Evals;

namespace Workflows.Blazor.Cli;

/// <summary>
/// <c>eval assistant</c>: sends every request of the eval set to the configured model through the workflow assistant
/// and prints the score table. Exits 0 when every request passes every check. <c>eval journeys</c>: see <see cref="JourneyEvalCommand"/>.
/// </summary>
public static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Option<DirectoryInfo>("--folder") { Description = $"The eval requests (default: {EvalCases.DefaultFolder})." };
        var only = new Option<string>("--only") { Description = "Run only the requests whose file name contains this text." };
        var assistant = new Command("assistant", "Run the assistant's eval set against the configured model and print the score table.") { folder, only };
        assistant.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(folder)?.FullName ?? Path.Combine(AppPaths.FindSettingsFolder(), EvalCases.DefaultFolder);
            var cases = EvalCases.Load(path).Where(c => parse.GetValue(only) is not { } filter || c.Id.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
            if (cases.Count == 0)
            {
                context.Error.WriteLine($"error: no eval requests in {path}{(parse.GetValue(only) is { } f ? $" match '{f}'" : "")}.");
                return ExitCodes.Usage;
            }
            var runner = context.Services.GetRequiredService<AssistantEvalRunner>();
            if (cases.Select(runner.FindMistake).OfType<string>().FirstOrDefault() is { } mistake)
            {
                context.Error.WriteLine($"error: {mistake}");
                return ExitCodes.Usage;
            }
            await context.OpenDatabaseAsync(cancellationToken);
            var provider = await context.Services.GetRequiredService<LlmClientSource>().GetAsync(cancellationToken);
            if (provider.Problem is { } problem)
            {
                context.Error.WriteLine($"error: {problem}");
                return ExitCodes.Failed;
            }
            context.Error.WriteLine($"Running {cases.Count} requests against {provider.Options.Model} at {provider.Where}…");
            var results = await runner.RunAsync(cases, r => context.Error.WriteLine($"  {r.Case.Id}: {(r.Passed ? "pass" : "fail")}"), cancellationToken);
            EvalTable.Write(context.Output, results);
            return results.All(r => r.Passed) ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return new Command("eval", "Measure the AI features against an eval set.") { assistant, JourneyEvalCommand.Create(context) };
    }
}
