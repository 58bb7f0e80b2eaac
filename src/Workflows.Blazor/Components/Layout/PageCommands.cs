namespace Workflows.Blazor.Components.Layout;

/// <summary>
/// What the open page adds to the command palette and the shortcuts sheet (the editor's save and test run, its
/// canvas keys). One per circuit: a page offers its commands while it is shown and withdraws them when it goes.
/// </summary>
public sealed class PageCommands
{
    private Offering? _current;

    public string? PageName => _current?.PageName;

    public IReadOnlyList<ShellCommand> Commands => _current?.Commands ?? [];

    public IReadOnlyList<Shortcut> Shortcuts => _current?.Shortcuts ?? [];

    /// <summary>Offers the page's commands until the returned handle is disposed.</summary>
    public IDisposable Offer(string pageName, IReadOnlyList<ShellCommand> commands, IReadOnlyList<Shortcut> shortcuts)
    {
        var offer = new Offering(this, pageName, commands, shortcuts);
        _current = offer;
        return offer;
    }

    private sealed record Offering(PageCommands Owner, string PageName, IReadOnlyList<ShellCommand> Commands, IReadOnlyList<Shortcut> Shortcuts) : IDisposable
    {
        public void Dispose()
        {
            // A page that opens before the last one is disposed has already taken the slot: leave it there.
            if (ReferenceEquals(Owner._current, this))
            {
                Owner._current = null;
            }
        }
    }
}
