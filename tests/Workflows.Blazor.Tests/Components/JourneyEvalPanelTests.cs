using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Pages.Journeys;
using Workflows.Blazor.Journeys;
using Workflows.Blazor.Live;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Components;

/// <summary>The evals section of the Journeys page over the real eval job and a fake model: idle, running, failing.</summary>
public sealed class JourneyEvalPanelTests : ComponentTest, IAsyncLifetime
{
    private static readonly int ShippedScenarios = JourneyScenarioFiles.Load(JourneyScenarioFiles.DefaultFolder()).Count;

    /// <summary>How long to wait for the background job to get to the model and back; it is done as soon as it is done.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly FakeOpenAiServer _server = new();
    private AppFactory? _app;

    private void Start(AppFactory app, params string[] policies)
    {
        _app = app;
        foreach (var service in new[] { typeof(JourneyEvalJob), typeof(JourneyEvalRunner), typeof(JourneyDecider), typeof(ChangeNotifications) })
        {
            Services.AddSingleton(service, app.Services.GetRequiredService(service));
        }
        var auth = AddAuthorization();
        auth.SetAuthorized("designer@example.com");
        auth.SetPolicies(policies.Length > 0 ? policies : [Policies.Design, Policies.Read]);
        Render<MudHosts>();
    }

    private AppFactory WithModel(string path = "") =>
        new AppFactory().WithSetting("AI:Endpoint", _server.Endpoint + path).WithSetting("AI:Model", FakeOpenAiServer.Model);

    [Fact]
    public void Idle_OffersTrialsAndScenarios_AndTheEmptyStatePointsAtTheButton_AndTheCommand()
    {
        Start(WithModel());

        var cut = Render<JourneyEvals>();

        Assert.False(cut.Find("[data-testid=evals-start]").HasAttribute("disabled"));
        Assert.Equal(["1", "3", "5"], cut.FindAll(".mud-toggle-item").Select(b => b.TextContent.Trim()));
        Assert.Contains($"All {ShippedScenarios} scenarios", cut.Find("[data-testid=evals-run]").InnerHtml);
        var empty = cut.Find("[data-testid=empty-state]").TextContent;
        Assert.Contains("Press Run evals above", empty);
        Assert.Contains("eval journeys --trials 3", empty);
    }

    [Fact]
    public void Running_ShowsTheScenarioAndTrial_AndCancelStopsIt()
    {
        _server.Gate = new TaskCompletionSource();
        Start(WithModel());
        var cut = Render<JourneyEvals>();

        cut.FindAll(".mud-toggle-item").Single(b => b.TextContent.Trim() == "1").Click();
        cut.Find("[data-testid=evals-start]").Click();

        cut.WaitForAssertion(() => Assert.Contains($"Scenario 1 of {ShippedScenarios}: post-purchase-buys-again · trial 1 of 1",
            Regex.Replace(cut.Find("[data-testid=evals-progress]").TextContent, @"\s+", " ")), Patience);
        Assert.Contains("Started by designer@example.com · 0 of", cut.Markup);
        cut.Find("[data-testid=evals-cancel]").Click();
        cut.WaitForAssertion(() => Assert.Contains($"Cancelled after 0 of {ShippedScenarios} scenarios. Nothing was stored", cut.Find("[data-testid=evals-cancelled]").TextContent), Patience);
        Assert.Empty(cut.FindAll("[data-testid=evals-progress]"));
    }

    [Fact]
    public void RunEvals_IsNotOffered_ToAUserWithoutTheDesignPolicy()
    {
        Start(WithModel(), Policies.Review, Policies.Read);

        var cut = Render<JourneyEvalRunPanel>();

        Assert.Empty(cut.FindAll("[data-testid=evals-run]"));
    }

    [Fact]
    public void NoModel_SaysHowToSetOne_AndRunEvalsIsDisabled()
    {
        Start(new AppFactory());

        var cut = Render<JourneyEvalRunPanel>();

        Assert.Contains("Journeys cannot decide: No AI provider is configured yet.", cut.Find("[data-testid=evals-problem]").TextContent);
        Assert.True(cut.Find("[data-testid=evals-start]").HasAttribute("disabled"));
    }

    [Fact]
    public void ModelFailure_StopsTheRun_WithTheProvidersAnswer()
    {
        Start(WithModel("/nowhere"));
        var cut = Render<JourneyEvalRunPanel>();

        cut.Find("[data-testid=evals-start]").Click();

        cut.WaitForAssertion(() => Assert.Contains("The model failed during scenario post-purchase-buys-again, so the eval stopped and stored nothing. The AI provider (",
            cut.Find("[data-testid=evals-failed]").TextContent), Patience);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        _server.Gate?.TrySetResult();
        await DisposeAsync();
        _app?.Dispose();
        await _server.DisposeAsync();
    }
}
