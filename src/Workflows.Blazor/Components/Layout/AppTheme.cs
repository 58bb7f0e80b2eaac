using MudBlazor;

namespace Workflows.Blazor.Components.Layout;

/// <summary>The product's colours: a calm indigo primary and the step-type accents the canvas uses.</summary>
public static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#4f46e5",
            Secondary = "#0ea5e9",
            AppbarBackground = "#1e1b4b",
            AppbarText = "#ffffff",
            Background = "#f7f7fb",
            DrawerBackground = "#ffffff",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
    };
}
