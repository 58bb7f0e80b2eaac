using System.Reflection;
using MudBlazor;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Components.Shared;

/// <summary>The colour and icon of each step type, as its declaration names them, the same everywhere a step is drawn.</summary>
public static class StepTypeStyle
{
    private const string UnknownColour = "#6b7280";

    /// <summary>Material's filled icons by name (<c>PlayCircle</c>), as the declarations name them.</summary>
    private static readonly Dictionary<string, string> FilledIcons = typeof(Icons.Material.Filled)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(string))
        .ToDictionary(f => f.Name, f => (string)f.GetValue(null)!, StringComparer.Ordinal);

    public static string Colour(string stepType) => StepTypes.Find(stepType)?.Style.Colour ?? UnknownColour;

    public static string Icon(string stepType) =>
        StepTypes.Find(stepType) is { } type ? IconNamed(type.Style.Icon) : Icons.Material.Filled.HelpOutline;

    /// <summary>The SVG of a filled Material icon; throws for a name Material does not have, so a typo fails its test rather than showing nothing.</summary>
    public static string IconNamed(string name) =>
        FilledIcons.TryGetValue(name, out var svg) ? svg : throw new ArgumentException($"Material has no filled icon '{name}'.", nameof(name));
}
