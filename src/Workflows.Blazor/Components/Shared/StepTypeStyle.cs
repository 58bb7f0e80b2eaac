using MudBlazor;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Components.Shared;

/// <summary>The colour and icon of each step type, the same everywhere a step is drawn.</summary>
public static class StepTypeStyle
{
    public static string Colour(string stepType) => stepType switch
    {
        StepTypes.Trigger => "#16a34a",
        StepTypes.Action => "#2563eb",
        StepTypes.Llm => "#9333ea",
        StepTypes.Condition => "#d97706",
        StepTypes.Loop => "#0891b2",
        StepTypes.Approval => "#db2777",
        StepTypes.Wait => "#64748b",
        StepTypes.Split => "#0d9488",
        _ => "#6b7280",
    };

    public static string Icon(string stepType) => stepType switch
    {
        StepTypes.Trigger => Icons.Material.Filled.PlayCircle,
        StepTypes.Action => Icons.Material.Filled.Bolt,
        StepTypes.Llm => Icons.Material.Filled.AutoAwesome,
        StepTypes.Condition => Icons.Material.Filled.CallSplit,
        StepTypes.Loop => Icons.Material.Filled.Loop,
        StepTypes.Approval => Icons.Material.Filled.HowToReg,
        StepTypes.Wait => Icons.Material.Filled.HourglassTop,
        StepTypes.Split => Icons.Material.Filled.AltRoute,
        _ => Icons.Material.Filled.HelpOutline,
    };
}
