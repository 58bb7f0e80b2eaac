namespace Workflows.Blazor.Editor;

/// <summary>How a notice from the editor's buttons reads: the page shows each as a toast of that kind.</summary>
public enum EditorNoticeKind
{
    Success,
    Info,
    Warning,
    Error,
}
