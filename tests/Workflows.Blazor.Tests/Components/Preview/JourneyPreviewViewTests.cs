using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Ai;
using Workflows.Blazor.Components.Preview;
using Workflows.Blazor.Journeys;
using Workflows.Blazor.Preview;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Journeys;
using Workflows.Blazor.Tests.Support;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Components.Preview;

/// <summary>A journey's Preview view as a marketer meets it: without a model, for a locked journey, and with a model that decides.</summary>
public sealed class JourneyPreviewViewTests : AppComponentTest, IAsyncLifetime
{
    /// <summary>Asked once per contact: an email now, and nothing more to do.</summary>
    private readonly FakeOpenAiServer _model = new() { Fallback = Decision(actNow: [Email("Espresso deal")], finished: true) };

    public JourneyPreviewViewTests() : base(new AppFactory().WithDemoData())
    {
        foreach (var service in new[] { typeof(JourneyPreviews), typeof(JourneyDecider), typeof(StoreQueries) })
        {
            Services.AddSingleton(service, App.Services.GetRequiredService(service));
        }
    }

    private async Task<JourneyDetails> JourneyAsync(string mode = "adaptive")
    {
        var journey = JourneyDefinitions.Promotion(mode: mode);
        journey["audience"] = new JsonObject { ["segmentId"] = "seg_loyal" };
        var id = await (await App.CreateApiClientAsync()).CreateJourneyAsync(journey);
        return await App.Services.GetRequiredService<JourneyStore>().GetAsync(id);
    }

    [Fact]
    public async Task WithoutAModel_SaysThePreviewAsksTheJourneysModel_AndLeadsToSettings()
    {
        var journey = await JourneyAsync();

        var cut = Render<JourneyPreviewView>(p => p.Add(c => c.Journey, journey));

        Assert.Contains("A preview asks the journey's AI model", cut.Markup);
        Assert.Equal("settings", cut.Find("[data-testid=preview-settings]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=run-preview]"));
    }

    [Fact]
    public async Task ForALockedJourney_PointsToItsWorkflowsPreview()
    {
        var journey = await JourneyAsync(mode: "locked");

        var cut = Render<JourneyPreviewView>(p => p.Add(c => c.Journey, journey));

        Assert.Contains("A locked journey is previewed through its workflow", cut.Markup);
        Assert.Contains("Generate the workflow from the policy first", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=run-preview]"));
    }

    [Fact]
    public async Task WithAModel_PreviewsTheJourneysSegment_AndShowsTheSummaryAndAContactsMessage()
    {
        await App.Services.GetRequiredService<AiSettings>().SaveAsync(
            new AiProviderSettings { Endpoint = _model.Endpoint, Model = FakeOpenAiServer.Model }, "local-key", "admin@example.com");
        var journey = await JourneyAsync();

        var cut = Render<JourneyPreviewView>(p => p.Add(c => c.Journey, journey));
        Assert.Contains("See what this journey would do", cut.Markup);
        cut.Find("[data-testid=run-preview]").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=preview-contact]")), TimeSpan.FromSeconds(20));
        var contacts = cut.FindAll("[data-testid=preview-contact]").Count;
        Assert.Contains($"Version 1 for {contacts} contacts over 30 days", Words(cut.Find("[data-testid=preview-summary]").TextContent));
        Assert.Contains($"{contacts} of {contacts} get “Send email”", cut.FindAll("[data-testid=preview-summary-line]").Select(l => l.TextContent));
        await cut.InvokeAsync(() => cut.FindAll("[data-testid=preview-contact]")[0].Click());
        cut.WaitForAssertion(() => Assert.Contains("Espresso deal", cut.Find("[data-testid=timeline-message]").TextContent));
        Assert.Equal(contacts, _model.Requests.Count);
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _model.DisposeAsync();
    }
}
