using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using MudBlazor;
using Workflows.Blazor.Components.Canvas;
using Workflows.Blazor.Components.Editor;
using Workflows.Blazor.Components.Experiments;
using Workflows.Blazor.Components.Layout;
using Workflows.Blazor.Components.Pages.Settings;
using Workflows.Blazor.Components.Shared;
using Workflows.Blazor.Editor;
using Workflows.Blazor.Editor.Canvas;
using Workflows.Blazor.Live;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Store;
using Workflows.Engine.Editing;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Components.Pages;

/// <summary>
/// The workflow editor: the canvas, the palette and the side panel over one <see cref="EditorSession"/>. Save, publish,
/// activate and test runs are <see cref="EditorRelease"/>'s; a test run is followed live through <see cref="ChangeNotifications"/>.
/// </summary>
public sealed partial class EditorPage : IAsyncDisposable
{
    private const int StepTab = 0;
    private const int ProblemsTab = 1;
    private const int RunTab = 2;

    private EditorSession? _session;
    private WorkflowCanvas? _canvas;
    private bool _notFound;
    private bool _busy;
    private bool _isActive;
    private int? _activeVersion;
    private int _tab;
    private ExecutionDetails? _run;
    private IDisposable? _runWatch;
    private string? _watchedRun;
    private JsModule? _keys;
    private JsModule? _panes;
    private ElementReference _body;
    private IDisposable? _commands;
    private IDisposable? _room;
    private DotNetObjectReference<EditorPage>? _self;
    private WorkflowDefinition? _clipboard;
    private ProposalPreview? _preview;

    [Inject] private WorkflowStore Store { get; set; } = null!;
    [Inject] private WorkflowValidator Validator { get; set; } = null!;
    [Inject] private ActionCatalog Actions { get; set; } = null!;
    [Inject] private EditorRelease Release { get; set; } = null!;
    [Inject] private ExecutionQueries Executions { get; set; } = null!;
    [Inject] private ChangeNotifications Changes { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;
    [Inject] private IJSRuntime JS { get; set; } = null!;
    [Inject] private PageCommands PageCommands { get; set; } = null!;
    [Inject] private ShellRoom Room { get; set; } = null!;

    [Parameter] public string Id { get; set; } = "";

    [SupplyParameterFromQuery] public int? Version { get; set; }

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private bool ReadOnly => Version is not null;

    private int ErrorCount => _session?.Report.Errors.Count() ?? 0;

    /// <summary>Errors and warnings, counted on the Problems tab; suggestions are listed there without adding to the count.</summary>
    private int ProblemCount => ErrorCount + (_session?.Report.Warnings.Count() ?? 0);

    private CanvasOverlay Overlay => (_showResults && _stats is { } stats ? FunnelOverlay.From(stats)
        : _run is null ? CanvasOverlay.None : RunOverlay.From(_run, _session!.Definition)) with { Problems = _session!.ProblemsByStep() };

    private EditorSession Session => _session!;

    /// <summary>The canvas wants the window's width: on a narrow window the app menu folds while the editor is open.</summary>
    protected override void OnInitialized() => _room = Room.Ask();

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            var workflow = await Store.GetAsync(Id);
            _isActive = workflow.IsActive;
            _activeVersion = workflow.ActiveVersion;
            var definition = Version is { } number
                ? (await Store.GetVersionAsync(Id, number)).Definition
                : WorkflowJson.Parse(workflow.DraftJson);
            if (_session is null)
            {
                _session = new EditorSession(definition, Validator);
                _session.Changed += StateHasChanged;
            }
            else
            {
                _session.Load(definition);
                _canvas?.FitOnNextRender();
            }
        }
        catch (AppException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            _notFound = true;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_keys is null && _session is { Refusal: null })
        {
            _self = DotNetObjectReference.Create(this);
            _keys = new JsModule(JS, "./js/canvas.js");
            await _keys.AttachAsync("listenForEditorKeys", _self);
            _panes = new JsModule(JS, "./js/panes.js");
            await _panes.AttachAsync("enablePanes", _body);
            _commands = PageCommands.Offer("Workflow editor", PaletteCommands(), EditorShortcuts.All);
        }
    }

    /// <summary>What the command palette (Ctrl+K) offers while this workflow is open.</summary>
    private IReadOnlyList<ShellCommand> PaletteCommands()
    {
        Func<Task> then(Func<Task> action) => () => InvokeAsync(async () => { await action(); StateHasChanged(); });
        var name = Session.Definition.Name;
        var commands = new List<ShellCommand>
        {
            new("Fit the diagram to the screen", name, Icons.Material.Filled.FitScreen, Run: then(() => _canvas!.FitAsync())),
            new("Versions", name, Icons.Material.Filled.History, Href: $"workflows/{Id}/versions"),
        };
        if (!ReadOnly)
        {
            commands.InsertRange(0,
            [
                new("Save", name, Icons.Material.Filled.Save, Run: then(SaveAsync), Keys: "Ctrl+S"),
                new("Test run", name, Icons.Material.Filled.PlayArrow, Run: then(TestRunAsync), Keys: "Ctrl+Enter"),
                new("Activate, or update the active version", name, Icons.Material.Filled.RocketLaunch, Run: then(ActivateAsync)),
                new("Arrange the steps", name, Icons.Material.Filled.AccountTree, Run: then(() => { AutoLayout(); return Task.CompletedTask; })),
            ]);
        }
        return commands;
    }

    [JSInvokable]
    public async Task OnEditorKey(string key)
    {
        if (ReadOnly)
        {
            return;
        }
        await (key == "s" ? SaveAsync() : TestRunAsync());
        StateHasChanged();
    }

    private Task<string> ActorAsync() => CurrentActor.OfAsync(AuthenticationState);

    private void Rename(string? name)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            Session.Apply("Rename workflow", d => d with { Name = name.Trim() }, coalesceKey: "rename");
        }
    }

    private void NodesMoved(IReadOnlyDictionary<string, CanvasPosition> positions)
    {
        Session.Move(positions);
        if (positions.Count == 1 && !Session.Selection.Contains(positions.Keys.First()))
        {
            Session.Select(positions.Keys.First(), additive: false);
        }
    }

    private void NodeClicked((string Slug, bool Additive) click) => Session.Select(click.Slug, click.Additive);

    private void Connect(StepLink link)
    {
        if (Session.Connect(link) is { } reason)
        {
            Snackbar.Add(reason, Severity.Warning);
        }
    }

    private void BoxSelected(CanvasBox box) =>
        Session.SelectMany(Session.Definition.Steps.Where(s => s.Position is { } p && box.Contains(p)).Select(s => s.Slug), box.Additive);

    private void Dropped(CanvasDrop drop)
    {
        Session.AddStep(StepFactory.Create(drop.Kind, drop.Position, Actions), linkFromSelection: false);
        ShowTab(StepTab);
    }

    /// <summary>A click in the palette: the session places the step under the selected step, else in the middle of the view.</summary>
    private async Task AddFromPaletteAsync(string kind)
    {
        var position = Session.SelectedStep?.Position ?? await _canvas!.VisibleCenterAsync();
        Session.AddStep(StepFactory.Create(kind, position, Actions), linkFromSelection: true);
        ShowTab(StepTab);
    }

    /// <summary>Brings one of the editing tabs forward, leaving the Results view.</summary>
    private void ShowTab(int tab)
    {
        _showResults = false;
        _tab = tab;
    }

    private void ChangeConfig(string slug, (string Path, JsonNode? Value) change) =>
        Session.Apply($"Change {change.Path}", d => DefinitionEdits.ReplaceStep(d, slug,
            WorkflowGraph.For(d).Find(slug)! with { Config = ConfigPath.With(WorkflowGraph.For(d).Find(slug)!.Config, change.Path, change.Value) }),
            coalesceKey: $"config:{slug}:{change.Path}");

    private void ReplaceStep(string slug, StepDefinition replacement)
    {
        Session.Apply(replacement.Slug == slug ? "Rename step" : "Change step id", d => DefinitionEdits.ReplaceStep(d, slug, replacement), coalesceKey: $"step:{slug}");
        if (replacement.Slug != slug)
        {
            Session.Select(replacement.Slug, additive: false);
        }
    }

    /// <summary>An edit of the step's config and links together, such as a split's paths: each is its own undo step.</summary>
    private void EditStep(string slug, StepDefinition edited) =>
        Session.Apply($"Change {edited.DisplayName}", d => DefinitionEdits.ReplaceStep(d, slug, edited));

    private void PreviewProposal(WorkflowDefinition proposal)
    {
        _preview = ProposalPreview.Of(Session.Definition, proposal);
        _canvas?.FitOnNextRender();
    }

    /// <summary>Takes the proposal as one edit, so a single undo gives the previous workflow back.</summary>
    private void ApplyProposal()
    {
        if (_preview is { } preview)
        {
            Session.Apply("Apply the assistant's proposal", _ => preview.Proposal);
            _preview = null;
            Snackbar.Add("Applied. Undo (Ctrl+Z) gives the previous workflow back.", Severity.Success);
        }
    }

    private void AutoLayout()
    {
        Session.AutoLayout();
        _canvas?.FitOnNextRender();
    }

    private async Task SelectProblemAsync(ValidationFinding finding)
    {
        if (finding.StepSlug is { } slug && Session.Definition.Steps.Any(s => s.Slug == slug))
        {
            Session.Select(slug, additive: false);
            ShowTab(StepTab);
            await _canvas!.CenterOnAsync(slug);
        }
    }

    private IReadOnlyList<DataNode> DataFor(string slug) => DataTree.For(Session.Definition, slug, Actions);

    private void Key(CanvasKey key)
    {
        switch (key)
        {
            case { Key: "Escape" }: Session.ClearSelection(); break;
            case { Ctrl: true, Key: "a" }: Session.SelectAll(); break;
            case var _ when ReadOnly: break;
            case { Key: "Delete" or "Backspace" }: Session.DeleteSelection(); break;
            case { Ctrl: true, Key: "c" }: _clipboard = Session.CopySelection() ?? _clipboard; break;
            case { Ctrl: true, Key: "x" }: _clipboard = Session.CopySelection() ?? _clipboard; Session.DeleteSelection(); break;
            case { Ctrl: true, Key: "v" } when _clipboard is not null: Session.Paste(_clipboard); break;
            case { Ctrl: true, Key: "d" } when Session.CopySelection() is { } copy: Session.Paste(copy); break;
            case { Ctrl: true, Key: "z", Shift: false }: Session.Undo(); break;
            case { Ctrl: true, Key: "z" } or { Ctrl: true, Key: "y" }: Session.Redo(); break;
            case { Key: "ArrowUp" }: Session.Nudge(0, -1); break;
            case { Key: "ArrowDown" }: Session.Nudge(0, 1); break;
            case { Key: "ArrowLeft" }: Session.Nudge(-1, 0); break;
            case { Key: "ArrowRight" }: Session.Nudge(1, 0); break;
        }
    }

    private async Task SaveAsync() => Show(await Release.SaveAsync(Id, Session, await ActorAsync()));

    private Task ActivateAsync() => BusyAsync(actor => Release.ActivateAsync(Id, Session, actor));

    private Task PublishAsync() => BusyAsync(actor => Release.PublishAsync(Id, Session, actor));

    private Task DeactivateAsync() => BusyAsync(actor => Release.DeactivateAsync(Id, actor));

    private async Task TestRunAsync()
    {
        if (EditorRelease.Refusal(Session, "run it") is { } refused)
        {
            Show(refused);
            return;
        }
        var dialog = await Dialogs.ShowAsync<TestRunDialog>("Test run", new DialogParameters<TestRunDialog> { { d => d.InitialInput, SampleInput() } });
        if (await dialog.Result is not { Canceled: false, Data: JsonNode input })
        {
            return;
        }
        await BusyAsync(actor => Release.StartTestRunAsync(Id, Session, input, actor));
    }

    private async Task EditSecretsAsync()
    {
        var dialog = await Dialogs.ShowAsync<WorkflowSecretsDialog>("Workflow secrets",
            new DialogParameters<WorkflowSecretsDialog> { { d => d.Secrets, WorkflowSecretEdits.SecretsOf(Session.Definition) } });
        if (await dialog.Result is { Canceled: false, Data: JsonObject secrets })
        {
            Session.Apply("Change secrets", d => WorkflowSecretEdits.WithSecrets(d, secrets));
        }
    }

    /// <summary>The goals go in as one edit, so undo, save and the unsaved-changes warning treat them as any other change.</summary>
    private async Task EditGoalsAsync()
    {
        var dialog = await Dialogs.ShowAsync<WorkflowGoalsDialog>("Conversion goals", new DialogParameters<WorkflowGoalsDialog>
        {
            { d => d.Goals, Session.Definition.Config?[ConversionGoals.ConfigKey] },
            { d => d.ReadOnly, ReadOnly },
        }, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: JsonArray goals })
        {
            Session.Apply("Change conversion goals", d => WorkflowSettingEdits.With(d, ConversionGoals.ConfigKey, goals.Count == 0 ? null : goals));
        }
    }

    /// <summary>A demo customer in the input, since most workflows start from one.</summary>
    private string SampleInput() =>
        _run?.Input is { } input ? Workflows.Engine.Templating.ReadableJson.Format(input) : """{ "customerId": "cust_456" }""";

    private async Task BusyAsync(Func<string, Task<EditorOutcome>> work)
    {
        _busy = true;
        try
        {
            Show(await work(await ActorAsync()));
        }
        finally
        {
            _busy = false;
        }
    }

    private void Show(EditorOutcome outcome)
    {
        foreach (var notice in outcome.Notices)
        {
            Snackbar.Add(notice.Text, notice.Kind switch
            {
                EditorNoticeKind.Success => Severity.Success,
                EditorNoticeKind.Info => Severity.Info,
                EditorNoticeKind.Warning => Severity.Warning,
                _ => Severity.Error,
            });
        }
        if (outcome.ShowProblems)
        {
            ShowTab(ProblemsTab);
        }
        if (outcome.Active is { } active)
        {
            _isActive = active;
            _activeVersion = outcome.ActiveVersion ?? _activeVersion;
        }
        if (outcome.TestRunId is { } executionId)
        {
            ShowTab(RunTab);
            _ = WatchRunAsync(executionId);
        }
    }

    /// <summary>The Run tab follows the test run as it moves, until a newer run or leaving the page.</summary>
    private async Task WatchRunAsync(string executionId)
    {
        _watchedRun = executionId;
        _runWatch?.Dispose();
        _runWatch = Changes.Subscribe<ExecutionChanged>(change => change.ExecutionId == executionId, () => InvokeAsync(() => ShowRunAsync(executionId)));
        await InvokeAsync(() => ShowRunAsync(executionId));
    }

    private async Task ShowRunAsync(string executionId)
    {
        var run = await Executions.GetAsync(executionId);
        if (_watchedRun == executionId)
        {
            _run = run;
            StateHasChanged();
        }
    }

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (_session?.IsDirty != true)
        {
            return;
        }
        var leave = await Dialogs.ShowMessageBoxAsync("Leave without saving?", "Your changes to this workflow are not saved.",
            yesText: "Leave", cancelText: "Stay");
        if (leave != true)
        {
            context.PreventNavigation();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watchedRun = null;
        _runWatch?.Dispose();
        _resultsWatch?.Dispose();
        _countingWatch?.Dispose();
        if (_session is not null)
        {
            _session.Changed -= StateHasChanged;
        }
        _commands?.Dispose();
        _room?.Dispose();
        foreach (var module in new[] { _keys, _panes })
        {
            if (module is not null)
            {
                await module.DisposeAsync();
            }
        }
        _self?.Dispose();
    }
}
