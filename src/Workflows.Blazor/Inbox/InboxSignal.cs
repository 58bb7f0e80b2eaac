namespace Workflows.Blazor.Inbox;

/// <summary>Tells open pages (the nav badge, other reviewers' inboxes) that items were added or decided, so they reload.</summary>
public sealed class InboxSignal
{
    public event Action? Changed;

    public void Notify() => Changed?.Invoke();
}
