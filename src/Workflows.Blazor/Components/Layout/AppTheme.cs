using MudBlazor;

namespace Workflows.Blazor.Components.Layout;

/// <summary>The product's colours, light and dark: a calm indigo primary, and buttons labelled in sentence case.</summary>
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
        PaletteDark = new PaletteDark
        {
            Primary = "#818cf8",
            // Dark text on the light indigo of dark mode: white on it is too faint to read.
            PrimaryContrastText = "#111827",
            Secondary = "#38bdf8",
            AppbarBackground = "#15132e",
            AppbarText = "#e5e7eb",
            Background = "#0f1117",
            BackgroundGray = "#161922",
            Surface = "#181b24",
            DrawerBackground = "#14161e",
            DrawerText = "#cbd5e1",
            DrawerIcon = "#94a3b8",
            TextPrimary = "#e5e7eb",
            TextSecondary = "#9ca3af",
            LinesDefault = "#2a2f3a",
            LinesInputs = "#3b4252",
            TableLines = "#2a2f3a",
            Divider = "#2a2f3a",
            ActionDefault = "#9ca3af",
        },
        Typography = new Typography
        {
            Button = new ButtonTypography { TextTransform = "none", FontWeight = "500" },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
    };
}
