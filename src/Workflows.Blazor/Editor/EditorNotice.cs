namespace Workflows.Blazor.Editor;

/// <summary>One thing to tell the user after a button of the editor did its work.</summary>
public sealed record EditorNotice(string Text, EditorNoticeKind Kind);
