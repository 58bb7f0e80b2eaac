namespace Workflows.Engine.Model;

/// <summary>The palette groups of step types; actions are grouped by their own category.</summary>
public static class PaletteGroups
{
    public const string Start = "Start";
    public const string FlowControl = "Flow control";
    public const string Ai = "AI";
    public const string Approvals = "Approvals";
}
