namespace Workflows.Blazor.Editor;

/// <summary>
/// Undo and redo over immutable snapshots. Edits that share a coalesce key one after another
/// (typing into one field) become one undo step.
/// </summary>
public sealed class EditHistory<T>(T initial, int capacity = 200)
{
    private readonly LinkedList<Entry> _undo = new();
    private readonly Stack<Entry> _redo = new();
    private string? _lastKey;

    public T Current { get; private set; } = initial;

    public bool CanUndo => _undo.Count > 0;

    public bool CanRedo => _redo.Count > 0;

    public string? UndoLabel => _undo.Last?.Value.Label;

    public string? RedoLabel => _redo.TryPeek(out var entry) ? entry.Label : null;

    public void Push(string label, T next, string? coalesceKey = null)
    {
        _redo.Clear();
        if (coalesceKey is null || coalesceKey != _lastKey || _undo.Count == 0)
        {
            _undo.AddLast(new Entry(label, Current));
            if (_undo.Count > capacity)
            {
                _undo.RemoveFirst();
            }
        }
        _lastKey = coalesceKey;
        Current = next;
    }

    public bool Undo()
    {
        if (_undo.Last is not { } last)
        {
            return false;
        }
        _undo.RemoveLast();
        _redo.Push(last.Value with { Snapshot = Current });
        Current = last.Value.Snapshot;
        _lastKey = null;
        return true;
    }

    public bool Redo()
    {
        if (!_redo.TryPop(out var entry))
        {
            return false;
        }
        _undo.AddLast(entry with { Snapshot = Current });
        Current = entry.Snapshot;
        _lastKey = null;
        return true;
    }

    /// <summary>Starts over from a snapshot, e.g. after loading another version.</summary>
    public void Reset(T snapshot)
    {
        _undo.Clear();
        _redo.Clear();
        _lastKey = null;
        Current = snapshot;
    }

    private sealed record Entry(string Label, T Snapshot);
}
