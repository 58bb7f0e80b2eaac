using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Operations;

/// <summary>The app's version, from its assembly's informational version, in the app bar and from <c>--version</c>.</summary>
public sealed class VersionTests(AdminSetUpApp shared) : IClassFixture<AdminSetUpApp>
{
    private static readonly string Informational =
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    [Fact]
    public void Version_IsTheReleaseFromTheBuildPropsWithTheCommit_WhenBuiltFromACheckout()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        var release = props.Descendants("Version").Single().Value;

        Assert.Matches($"^{Regex.Escape(release)}\\+[0-9a-f]{{40}}$", Informational);
    }

    [Fact]
    public async Task CommandLine_PrintsTheInformationalVersion_ForVersionOption()
    {
        var folder = Directory.CreateTempSubdirectory("wf-version-").FullName;
        try
        {
            var output = await AppChildProcess.RunCommandLineAsync(Path.Combine(folder, "workflows.db"), "--version");

            Assert.Equal(Informational, output.Trim());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AppBar_ShowsTheVersion_OnEveryPage()
    {
        var designer = await shared.ClientForAsync(Roles.Designer);

        var page = WebUtility.HtmlDecode(await designer.GetStringAsync("/"));

        Assert.Matches($"title=\"Version {Regex.Escape(Informational)}\" data-testid=\"app-version\"[^>]*>{Regex.Escape(Informational.Split('+')[0])}<", page);
    }
}
