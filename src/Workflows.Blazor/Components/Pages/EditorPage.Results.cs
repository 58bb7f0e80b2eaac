using Microsoft.AspNetCore.Components;
using MudBlazor;
using Workflows.Blazor.Components.Experiments;
using Workflows.Blazor.Experiments;
using Workflows.Blazor.Live;
using Workflows.Engine.Editing;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Components.Pages;

/// <summary>
/// The editor's Results view, turned on from the toolbar: the funnel of the version that runs (or of the version looked at)
/// painted on the canvas for the chosen period, each split's experiment card in the side panel, and ending an experiment
/// with a winner.
/// </summary>
public sealed partial class EditorPage
{
    /// <summary>The shortest time between two reads of the results while runs arrive.</summary>
    internal static readonly TimeSpan ResultsRefresh = TimeSpan.FromSeconds(3);

    private bool _showResults;
    private IDisposable? _resultsWatch;
    private Timer? _countingWatch;
    private WorkflowStats? _stats;
    private string? _statsMessage;
    private ResultsPeriod _period = ResultsPeriod.Last30Days;

    [Inject] private WorkflowStatsQueries StatsQueries { get; set; } = null!;
    [Inject] private ExperimentCommands Experiments { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;

    /// <summary>Turns the Results view on (loading the stats) or off, back to the editing tabs.</summary>
    private async Task ToggleResultsAsync()
    {
        _showResults = !_showResults;
        if (_showResults)
        {
            _showPreview = false;
            FollowResults();
            await LoadStatsAsync();
        }
    }

    /// <summary>
    /// While the Results view is on, new runs and conversions of this workflow show within a few seconds: re-reading is
    /// throttled to once per <see cref="ResultsRefresh"/>, however busy the flow.
    /// </summary>
    private void FollowResults() =>
        _resultsWatch ??= Changes.Subscribe(ChangesResults, _ => InvokeAsync(async () =>
        {
            if (_showResults)
            {
                await LoadStatsAsync();
                StateHasChanged();
            }
        }), ResultsRefresh);

    /// <summary>While the past runs are still being counted in the background, the view re-reads every few seconds until they all are.</summary>
    private void FollowCounting()
    {
        if (_stats?.Counted < 1)
        {
            _countingWatch ??= new Timer(_ => InvokeAsync(async () =>
            {
                if (_showResults)
                {
                    await LoadStatsAsync();
                    StateHasChanged();
                }
            }), null, ResultsRefresh, ResultsRefresh);
            return;
        }
        _countingWatch?.Dispose();
        _countingWatch = null;
    }

    private bool ChangesResults(Change change) => _showResults && change switch
    {
        ExecutionChanged run => run.WorkflowId == Id,
        ConversionsRecorded conversions => conversions.WorkflowId == Id,
        _ => false,
    };

    private async Task ChangePeriodAsync(ResultsPeriod period)
    {
        _period = period;
        await LoadStatsAsync();
    }

    /// <summary>One query for the whole view: the canvas's funnel and every card come from it.</summary>
    private async Task LoadStatsAsync()
    {
        var version = Version ?? _activeVersion ?? (await Store.GetAsync(Id)).Versions.Select(v => (int?)v).LastOrDefault();
        if (version is null)
        {
            (_stats, _statsMessage) = (null, "Publish this workflow to see how many contacts reach each step and how its experiments convert.");
            return;
        }
        _stats = await StatsQueries.GetAsync(Id, ResultsPeriods.ToStats(_period, Time.GetUtcNow()), version: version);
        _statsMessage = null;
        FollowCounting();
    }

    private async Task EndExperimentAsync((string Step, string Path) end)
    {
        var name = Session.Definition.Steps.FirstOrDefault(s => s.Slug == end.Step)?.DisplayName ?? end.Step;
        var confirmed = await Dialogs.ShowMessageBoxAsync("End the experiment?",
            $"Everyone who reaches '{name}' takes path {end.Path} from now on. This publishes a new version of the workflow.",
            yesText: $"Send everyone to {end.Path}", cancelText: "Keep testing");
        if (confirmed != true)
        {
            return;
        }
        _busy = true;
        try
        {
            var version = await Experiments.EndAsync(Id, end.Step, end.Path, await ActorAsync());
            _activeVersion = _isActive ? version : _activeVersion;
            await TakePublishedSplitAsync(end.Step, version, "End the experiment");
            Snackbar.Add($"Experiment ended: everyone takes path {end.Path} from version {version} on.", Severity.Success);
            await LoadStatsAsync();
        }
        catch (AppException ex)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>Lets the split's experiment switch to its winner on its own, or stops that: a new version, like ending it.</summary>
    private async Task SetAutoSwitchAsync((string Step, SplitAutoEnd? Rule) change)
    {
        _busy = true;
        try
        {
            var version = await Experiments.SetAutoSwitchAsync(Id, change.Step, change.Rule, await ActorAsync());
            _activeVersion = _isActive ? version : _activeVersion;
            await TakePublishedSplitAsync(change.Step, version, "Switch to the winner automatically");
            Snackbar.Add(change.Rule is null ? "Automatic switch turned off." : $"Automatic switch on from version {version}.", Severity.Success);
            await LoadStatsAsync();
        }
        catch (AppException ex)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>The editor shows the split as published too: the stored draft when nothing is unsaved, else as one more edit of the open one.</summary>
    private async Task TakePublishedSplitAsync(string step, int version, string edit)
    {
        if (ReadOnly)
        {
            return;
        }
        if (!Session.IsDirty)
        {
            Session.Load(await Store.GetDraftAsync(Id));
            return;
        }
        if (WorkflowGraph.For((await Store.GetVersionAsync(Id, version)).Definition).Find(step) is { } ended && WorkflowGraph.For(Session.Definition).Find(step) is not null)
        {
            Session.Apply(edit, d => DefinitionEdits.ReplaceStep(d, step, ended));
        }
    }
}
