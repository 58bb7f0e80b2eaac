namespace Workflows.Blazor.Operations.Status;

/// <summary>The System page's charts (<c>System</c> in appsettings.json).</summary>
public sealed class SystemPageSettings
{
    public const string Section = "System";

    /// <summary>How often the charts take a point, in seconds; they keep the last <see cref="MetricsHistory.Capacity"/> points (six hours at 60).</summary>
    public int ChartSampleSeconds { get; set; } = 60;

    public TimeSpan SampleInterval => TimeSpan.FromSeconds(Math.Max(1, ChartSampleSeconds));
}
