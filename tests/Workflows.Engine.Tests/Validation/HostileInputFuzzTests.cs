using System.Diagnostics;
using Workflows.Engine.Tests.Support;
using Xunit.Abstractions;

namespace Workflows.Engine.Tests.Validation;

/// <summary>
/// Seventy-five thousand generated deep and long inputs to the workflow reader, the validator and the expression parser:
/// none may crash the process or throw anything but the documented errors, and none may take long.
/// </summary>
public sealed class HostileInputFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_261_203;

    [Fact]
    public void ReaderValidatorAndExpressions_ThrowOnlyTheirOwnErrorsQuickly_ForSeventyFiveThousandHostileInputs()
    {
        var clock = Stopwatch.StartNew();

        var report = LongChains.OnSmallStack(() => new HostileInputs(Seed).Run(75_000));

        output.WriteLine($"seed {Seed}: {report.Cases} cases in {clock.Elapsed.TotalSeconds:F1} s; slowest {report.Slowest.TotalMilliseconds:F0} ms ({report.SlowestCase})");
        Assert.True(report.Unexpected.Count == 0, $"seed {Seed}:\n" + string.Join("\n", report.Unexpected.Take(10)));
        // A hang detector, not a timing goal (the hostile benchmark reports those): the slowest case takes ~0.4 s alone
        // and up to ~3 s while the browser tests share the machine; blowing up with input size takes far longer.
        Assert.True(report.Slowest < TimeSpan.FromSeconds(10), $"seed {Seed}: {report.SlowestCase} took {report.Slowest}");
    }
}
