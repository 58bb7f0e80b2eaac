namespace Workflows.Blazor.Components.Layout;

/// <summary>
/// A page that needs the window's width (the editor's canvas) asks the frame for room while it is shown: the app menu
/// then folds by itself on a narrow window, unless the user chose how it stays. One per circuit.
/// </summary>
public sealed class ShellRoom
{
    private Request? _current;

    /// <summary>Raised when a page asks for room or gives it back.</summary>
    public event Action? Changed;

    public bool Wanted => _current is not null;

    /// <summary>Asks for room until the returned handle is disposed.</summary>
    public IDisposable Ask()
    {
        _current = new Request(this);
        Changed?.Invoke();
        return _current;
    }

    private sealed record Request(ShellRoom Owner) : IDisposable
    {
        public void Dispose()
        {
            // A page that opens before the last one is disposed has already asked: leave its request in place.
            if (ReferenceEquals(Owner._current, this))
            {
                Owner._current = null;
                Owner.Changed?.Invoke();
            }
        }
    }
}
