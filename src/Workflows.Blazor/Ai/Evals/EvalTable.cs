using System.Globalization;

namespace Workflows.Blazor.Ai.Evals;

/// <summary>The eval's score table: a row per request with pass or fail per check, attempts and latency, then the total and why rows failed.</summary>
public static class EvalTable
{
    private const int RequestWidth = 60;

    public static void Write(TextWriter output, IReadOnlyList<EvalResult> results)
    {
        var idWidth = Math.Max("id".Length, results.Count == 0 ? 0 : results.Max(r => r.Case.Id.Length));
        var columns = EvalCheck.Names.Select(n => Math.Max(n.Length, 4)).ToList();
        output.Write($"{"id".PadRight(idWidth)}  {"request".PadRight(RequestWidth)}");
        for (var i = 0; i < columns.Count; i++)
        {
            output.Write($"  {EvalCheck.Names[i].PadRight(columns[i])}");
        }
        output.WriteLine("  attempts  latency");
        foreach (var result in results)
        {
            output.Write($"{result.Case.Id.PadRight(idWidth)}  {Shorten(result.Case.Request).PadRight(RequestWidth)}");
            for (var i = 0; i < columns.Count; i++)
            {
                output.Write($"  {(result.Checks[i].Passed ? "pass" : "FAIL").PadRight(columns[i])}");
            }
            output.WriteLine($"  {result.Attempts,8}  {Seconds(result.Latency),7}");
        }
        var checks = results.SelectMany(r => r.Checks).ToList();
        var passed = results.Count(r => r.Passed);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"total: {passed}/{results.Count} requests pass every check ({Percent(passed, results.Count)}); checks {checks.Count(c => c.Passed)}/{checks.Count}; " +
            $"{results.Sum(r => r.Attempts)} attempts; {Seconds(results.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Latency))}"));
        foreach (var result in results.Where(r => !r.Passed))
        {
            var why = result.Problem ?? string.Join("; ", result.Checks.Where(c => !c.Passed).Select(c => $"{c.Name}: {c.Detail}"));
            output.WriteLine($"  {result.Case.Id}: {why}");
        }
    }

    private static string Shorten(string request) => request.Length <= RequestWidth ? request : request[..(RequestWidth - 1)] + "…";

    private static string Seconds(TimeSpan latency) => string.Create(CultureInfo.InvariantCulture, $"{latency.TotalSeconds:0.0} s");

    private static string Percent(int part, int whole) => whole == 0 ? "0%" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0}%");
}
