using MudBlazor;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Components.Shared;

/// <summary>How a validation finding looks wherever it is listed: red errors, amber warnings, blue suggestions.</summary>
public static class FindingLook
{
    public static string Icon(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => Icons.Material.Filled.Error,
        FindingSeverity.Warning => Icons.Material.Filled.Warning,
        _ => Icons.Material.Outlined.Lightbulb,
    };

    public static Color Colour(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => Color.Error,
        FindingSeverity.Warning => Color.Warning,
        _ => Color.Info,
    };

    public static Severity AlertSeverity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => Severity.Error,
        FindingSeverity.Warning => Severity.Warning,
        _ => Severity.Info,
    };

    public static string TextClass(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "mud-error-text",
        FindingSeverity.Warning => "mud-warning-text",
        _ => "mud-info-text",
    };
}
