using Workflows.Engine.Journeys.Evals;

namespace Workflows.Blazor.Journeys;

/// <summary>The journey eval scenarios: <c>assets/evals/journeys</c> next to the settings file, one JSON file each.</summary>
public static class JourneyScenarioFiles
{
    public static string DefaultFolder() => Path.Combine(AppPaths.FindSettingsFolder(), "assets", "evals", "journeys");

    /// <exception cref="FormatException">A file is not a scenario; the message says which and where.</exception>
    public static IReadOnlyList<EvalScenario> Load(string folder) =>
        [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Read)];

    private static EvalScenario Read(string file)
    {
        try
        {
            return EvalScenario.Parse(File.ReadAllText(file));
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{Path.GetFileName(file)}: {ex.Message}", ex);
        }
    }
}
