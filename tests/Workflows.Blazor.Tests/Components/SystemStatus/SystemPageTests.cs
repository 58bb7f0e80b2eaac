using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Pages;
using Workflows.Blazor.Components.Pages.SystemStatus;
using Workflows.Blazor.Components.Shared;
using Workflows.Blazor.Operations;
using Workflows.Blazor.Operations.Backups;
using Workflows.Blazor.Operations.Status;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Tests.Components.SystemStatus;

/// <summary>The System page over the real app's figures, history and backups (real SQLite file, fake clock).</summary>
public sealed class SystemPageTests : AppComponentTest
{
    public SystemPageTests()
    {
        foreach (var service in new[] { typeof(SystemQueries), typeof(MetricsHistory), typeof(DatabaseBackup), typeof(BackupHistory), typeof(ScheduledBackupJob) })
        {
            Services.AddSingleton(service, App.Services.GetRequiredService(service));
        }
        SignInAs(Roles.Admin);
    }

    private MetricsHistory History => App.Services.GetRequiredService<MetricsHistory>();

    [Fact]
    public void Page_ShowsVersionBacklogBackupsAndWhenChartsFillIn_OnAFreshInstall()
    {
        var cut = Render<SystemPage>();

        Assert.Contains(AppVersion.Short, cut.Find("[data-testid=system-version]").TextContent);
        Assert.Contains($"built from commit {AppVersion.Commit}", cut.Find("[data-testid=system-version]").TextContent);
        Assert.Matches(@"\d", cut.Find("[data-testid=system-database]").TextContent);
        Assert.StartsWith("Nothing is held up", cut.Find("[data-testid=backlog-summary]").TextContent);
        Assert.StartsWith("No backup was made yet", cut.Find("[data-testid=backup-last]").TextContent.Trim());
        Assert.Equal("Scheduled backups are off.", cut.Find("[data-testid=backup-schedule]").TextContent.Trim());
        Assert.NotNull(cut.Find("[data-testid=charts-waiting]"));
    }

    [Fact]
    public async Task Page_DrawsTheCharts_WhenTheHistoryGainsSamplesWhileItIsOpen()
    {
        var cut = Render<SystemPage>();
        cut.Find("[data-testid=charts-waiting]");

        foreach (var samples in new[] { 1, 2 })
        {
            App.Clock.Advance(History.Interval);
            await Poll.UntilAsync(() => History.Samples.Count >= samples, $"the sampler took {History.Samples.Count} samples in {samples} minutes");
        }
        await cut.InvokeAsync(() => App.Clock.Advance(SystemPage.RefreshInterval));

        // bUnit has no layout, so the chart (sized to its box) draws no lines here; the browser test sees them drawn.
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindComponents<MudBlazor.MudChart<double>>()[0].Instance.ChartSeries[0].Data.Count));
    }

    [Fact]
    public void BackUpNow_MakesABackupAndShowsIt_AsTheLastBackup()
    {
        var cut = Render<BackupPanel>();

        cut.Find("[data-testid=back-up-now]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Backup complete", cut.Find("[data-testid=backup-outcome]").TextContent), TimeSpan.FromSeconds(30));
        var last = App.Services.GetRequiredService<BackupHistory>().Last!;
        Assert.True(last.Succeeded && File.Exists(last.File), last.Error);
        Assert.Contains($"{ByteSizes.Describe(last.Size)} written", cut.Find("[data-testid=backup-outcome]").TextContent);
        Assert.StartsWith("Last backup", cut.Find("[data-testid=backup-last]").TextContent.Trim());
        Assert.Contains(last.File, cut.Find("[data-testid=backup-last]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=back-up-now]"));
    }

    [Fact]
    public void BackupPanel_ShowsTheReason_WhenTheLastBackupFailed()
    {
        App.Services.GetRequiredService<BackupHistory>().Record(new BackupResult(App.Clock.GetUtcNow().AddHours(-2), "/backups/workflows-1.zip", 0, "No space left on device"));

        var cut = Render<BackupPanel>();

        var last = cut.Find("[data-testid=backup-last]");
        Assert.Contains("failed: No space left on device", last.TextContent);
        Assert.Contains("mud-alert-text-error", last.ClassName);
    }
}
