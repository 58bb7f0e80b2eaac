using MudBlazor;
using Workflows.Blazor.Operations.Status;

namespace Workflows.Blazor.Components.Pages.SystemStatus;

/// <summary>
/// The System page's charts drawn from the samples, oldest first: one series per figure, and time labels in the
/// reader's zone under the first sample of each step of 1, 2, 5, 10, 15, 30, 60 or 120 minutes, the shortest step
/// that gives at most <see cref="MaxLabels"/> labels.
/// </summary>
public sealed record ActivityChartData(
    string[] Labels,
    List<ChartSeries<double>> Runs,
    List<ChartSeries<double>> StepMilliseconds,
    List<ChartSeries<double>> QueueDepth,
    List<ChartSeries<double>> TimerLatenessMilliseconds)
{
    public const int MaxLabels = 8;

    private static readonly int[] LabelSteps = [1, 2, 5, 10, 15, 30, 60, 120];

    public static ActivityChartData From(IReadOnlyList<MetricsSample> samples, TimeZoneInfo zone)
    {
        var minutes = samples.Select(s => (long)Math.Floor(TimeZoneInfo.ConvertTime(s.At, zone).DateTime.Ticks / (double)TimeSpan.TicksPerMinute)).ToArray();
        var span = minutes.Length == 0 ? 0 : minutes[^1] - minutes[0];
        var step = LabelSteps.FirstOrDefault(step => span / step < MaxLabels, LabelSteps[^1]);
        var labels = samples.Select((sample, i) => i > 0 && minutes[i] / step != minutes[i - 1] / step
                ? TimeZoneInfo.ConvertTime(sample.At, zone).ToString("HH:mm")
                : "")
            .ToArray();
        return new ActivityChartData(
            labels,
            [Series("Started", samples, s => s.RunsStarted), Series("Completed", samples, s => s.RunsCompleted), Series("Failed", samples, s => s.RunsFailed)],
            [Series("Average step", samples, s => Milliseconds(s.AverageStepSeconds))],
            [Series("Queued runs", samples, s => s.QueueDepth)],
            [Series("Longest lateness", samples, s => Milliseconds(s.LongestTimerLatenessSeconds))]);
    }

    private static double? Milliseconds(double? seconds) => seconds is { } value ? Math.Round(value * 1000, 1) : null;

    private static ChartSeries<double> Series(string name, IReadOnlyList<MetricsSample> samples, Func<MetricsSample, double?> value) =>
        new() { Name = name, Data = new ChartData<double>([.. samples.Select(value)]) };
}
