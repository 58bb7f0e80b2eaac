using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Workflows.Blazor.Hosting;

public static class ConfigurationExtensions
{
    /// <summary>
    /// Reads the root <c>appsettings.json</c> with the precedence of a normal settings file:
    /// environment variables (<c>Database__Path</c>) and command-line switches (<c>--urls</c>) still override it.
    /// </summary>
    public static void AddRootSettings(this IConfigurationBuilder configuration, string settingsFolder)
    {
        var source = new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(settingsFolder),
            Path = AppPaths.SettingsFileName,
            Optional = true,
            ReloadOnChange = false,
        };
        var firstOverride = configuration.Sources.ToList().FindLastIndex(s => s is EnvironmentVariablesConfigurationSource { Prefix: null or "" });
        configuration.Sources.Insert(firstOverride < 0 ? configuration.Sources.Count : firstOverride, source);
    }
}
