using Workflows.Blazor.Editor.Canvas;
using Workflows.Engine.Editing;
using Workflows.Engine.Layout;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Editor;

/// <summary>
/// The workflow being edited: every change goes through <see cref="Apply"/> so it can be undone and is
/// validated at once; the selection lives here too so keyboard commands act on it.
/// </summary>
public sealed class EditorSession
{
    private const double NudgeStep = CanvasGeometry.Grid;

    private readonly WorkflowValidator _validator;
    private readonly EditHistory<WorkflowDefinition> _history;
    private HashSet<string> _selection = new(StringComparer.Ordinal);
    private WorkflowDefinition _saved;

    public EditorSession(WorkflowDefinition definition, WorkflowValidator validator)
    {
        _validator = validator;
        Report = validator.Validate(definition);
        _saved = LaidOut(definition, Report);
        _history = new EditHistory<WorkflowDefinition>(_saved);
    }

    public WorkflowDefinition Definition => _history.Current;

    public ValidationReport Report { get; private set; }

    /// <summary>Why the workflow cannot be edited here (it has more steps than a workflow may have), or null.</summary>
    public string? Refusal => WorkflowValidator.Refuses(Report) ? string.Join(" ", Report.Errors.Select(e => e.Message)) : null;

    public IReadOnlySet<string> Selection => _selection;

    public StepLink? SelectedLink { get; private set; }

    public bool IsDirty => !ReferenceEquals(_saved, Definition);

    public bool CanUndo => _history.CanUndo;

    public bool CanRedo => _history.CanRedo;

    public string? UndoLabel => _history.UndoLabel;

    public string? RedoLabel => _history.RedoLabel;

    /// <summary>The one selected step, when exactly one is selected.</summary>
    public StepDefinition? SelectedStep =>
        _selection.Count == 1 ? WorkflowGraph.For(Definition).Find(_selection.First()) : null;

    public event Action? Changed;

    public void Apply(string label, Func<WorkflowDefinition, WorkflowDefinition> edit, string? coalesceKey = null)
    {
        var next = edit(Definition);
        if (ReferenceEquals(next, Definition))
        {
            return;
        }
        _history.Push(label, next, coalesceKey);
        AfterDefinitionChanged();
    }

    public void Undo()
    {
        if (_history.Undo())
        {
            AfterDefinitionChanged();
        }
    }

    public void Redo()
    {
        if (_history.Redo())
        {
            AfterDefinitionChanged();
        }
    }

    /// <summary>Replaces the whole workflow, e.g. with another version; history starts over.</summary>
    public void Load(WorkflowDefinition definition)
    {
        _saved = LaidOut(definition, _validator.Validate(definition));
        _history.Reset(_saved);
        _selection.Clear();
        SelectedLink = null;
        AfterDefinitionChanged();
    }

    public void MarkSaved()
    {
        _saved = Definition;
        Changed?.Invoke();
    }

    public void Select(string slug, bool additive)
    {
        SelectedLink = null;
        if (!additive)
        {
            _selection = new HashSet<string>(StringComparer.Ordinal) { slug };
        }
        else if (!_selection.Remove(slug))
        {
            _selection.Add(slug);
        }
        _selection = new HashSet<string>(_selection, StringComparer.Ordinal);
        Changed?.Invoke();
    }

    public void SelectMany(IEnumerable<string> slugs, bool additive)
    {
        SelectedLink = null;
        _selection = additive ? new HashSet<string>(_selection.Concat(slugs), StringComparer.Ordinal) : new HashSet<string>(slugs, StringComparer.Ordinal);
        Changed?.Invoke();
    }

    public void SelectAll() => SelectMany(Definition.Steps.Select(s => s.Slug), additive: false);

    public void SelectLink(StepLink link)
    {
        _selection = new HashSet<string>(StringComparer.Ordinal);
        SelectedLink = link;
        Changed?.Invoke();
    }

    public void ClearSelection()
    {
        _selection = new HashSet<string>(StringComparer.Ordinal);
        SelectedLink = null;
        Changed?.Invoke();
    }

    public void Move(IReadOnlyDictionary<string, CanvasPosition> positions) =>
        Apply(positions.Count == 1 ? "Move step" : $"Move {positions.Count} steps", d => DefinitionEdits.MoveSteps(d, positions));

    public void Nudge(int columns, int rows)
    {
        if (_selection.Count == 0)
        {
            return;
        }
        var positions = Definition.Steps.Where(s => _selection.Contains(s.Slug)).ToDictionary(
            s => s.Slug,
            s => new CanvasPosition((s.Position?.X ?? 0) + columns * NudgeStep, (s.Position?.Y ?? 0) + rows * NudgeStep));
        Apply("Nudge", d => DefinitionEdits.MoveSteps(d, positions), coalesceKey: "nudge:" + string.Join(',', _selection.Order()));
    }

    /// <summary>Adds a link, or says in words why it may not be drawn.</summary>
    public string? Connect(StepLink link)
    {
        if (ConnectionRules.Check(Definition, link) is { } refusal)
        {
            return refusal.Reason;
        }
        Apply($"Connect {link.From} → {link.To}", d => DefinitionEdits.Connect(d, link.From, link.Port, link.To));
        return null;
    }

    public void DeleteSelection()
    {
        if (SelectedLink is { } link)
        {
            Apply("Delete link", d => DefinitionEdits.Disconnect(d, link.From, link.Port));
            SelectedLink = null;
        }
        else if (_selection.Count > 0)
        {
            var removed = _selection;
            Apply(removed.Count == 1 ? "Delete step" : $"Delete {removed.Count} steps", d => DefinitionEdits.RemoveSteps(d, removed));
            _selection = new HashSet<string>(StringComparer.Ordinal);
        }
        Changed?.Invoke();
    }

    /// <summary>
    /// Adds a step and selects it. Asked to link from the selection (a click in the palette), it is linked from the
    /// selected step's first port that leads nowhere or to the end and placed under that port, else kept near its own
    /// position, in free space either way; otherwise (a drop) it stays where it was put.
    /// </summary>
    public StepDefinition AddStep(StepDefinition step, bool linkFromSelection)
    {
        var from = linkFromSelection ? SelectedStep : null;
        var graph = WorkflowGraph.For(Definition);
        var port = from is null ? null : NodePort.Of(from).FirstOrDefault(p => !p.OnRight && graph.IsEnd(from.TargetOf(p.Name)));
        var added = step with
        {
            Slug = StepSlugs.Unique(step.Slug, Definition.Steps.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal)),
            Position = linkFromSelection ? PlaceAfter(from, port, step.Position) : step.Position,
        };
        Apply($"Add {added.DisplayName}", d =>
        {
            var next = DefinitionEdits.AddStep(d, added);
            return from is null || port is null ? next : DefinitionEdits.Connect(next, from.Slug, port.Name, added.Slug);
        });
        Select(added.Slug, additive: false);
        return added;
    }

    /// <summary>A free spot one row under the port (under the node when no port is free), or near the fallback with nothing selected.</summary>
    private CanvasPosition? PlaceAfter(StepDefinition? from, NodePort? port, CanvasPosition? fallback)
    {
        if (from?.Position is not { } anchor)
        {
            return fallback is null ? null : FreeSpot.Near(Definition.Steps, fallback, towardsRight: true);
        }
        var portX = port is null ? anchor.X + CanvasGeometry.NodeWidth / 2 : port.X(anchor);
        var wanted = new CanvasPosition(CanvasGeometry.Snap(portX - CanvasGeometry.NodeWidth / 2), anchor.Y + CanvasGeometry.NodeHeight + LayoutOptions.Default.LayerSpacing);
        return FreeSpot.Near(Definition.Steps, wanted, towardsRight: portX >= anchor.X + CanvasGeometry.NodeWidth / 2);
    }

    /// <summary>The selected steps with the links between them, as a small workflow; null when nothing is selected.</summary>
    public WorkflowDefinition? CopySelection() =>
        _selection.Count == 0 ? null : WorkflowClipboard.Copy(Definition, _selection);

    /// <summary>Adds copied steps under fresh slugs, offset from the originals, and selects them.</summary>
    public void Paste(WorkflowDefinition copied)
    {
        var result = WorkflowClipboard.Paste(Definition, copied);
        Apply(result.PastedSlugs.Count == 1 ? "Paste step" : $"Paste {result.PastedSlugs.Count} steps", _ => result.Definition);
        SelectMany(result.PastedSlugs, additive: false);
    }

    public void AutoLayout() => Apply("Auto-layout", d => LayeredLayout.ApplyTo(d));

    /// <summary>Per-step counts of errors and warnings, for the badges on the nodes; suggestions stay in the Problems list.</summary>
    public IReadOnlyDictionary<string, ProblemCount> ProblemsByStep() =>
        Report.Findings.Where(f => f.StepSlug is not null && f.Severity != FindingSeverity.Suggestion).GroupBy(f => f.StepSlug!).ToDictionary(
            g => g.Key,
            g => new ProblemCount(g.Count(f => f.Severity == FindingSeverity.Error), g.Count(f => f.Severity == FindingSeverity.Warning)));

    /// <summary>Steps without a place get one, unless the workflow is refused: laying out a huge one would only cost time.</summary>
    private static WorkflowDefinition LaidOut(WorkflowDefinition definition, ValidationReport report) =>
        WorkflowValidator.Refuses(report) ? definition : LayeredLayout.EnsurePositions(definition);

    private void AfterDefinitionChanged()
    {
        Report = _validator.Validate(Definition);
        var slugs = Definition.Steps.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        _selection = new HashSet<string>(_selection.Where(slugs.Contains), StringComparer.Ordinal);
        if (SelectedLink is { } link && Definition.Steps.FirstOrDefault(s => s.Slug == link.From)?.TargetOf(link.Port) != link.To)
        {
            SelectedLink = null;
        }
        Changed?.Invoke();
    }
}
