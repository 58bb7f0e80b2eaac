using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Actions.Customers;
using Workflows.Blazor.Components.Pages;
using Workflows.Blazor.Components.Shared;
using Workflows.Blazor.Journeys;
using Workflows.Blazor.Tests.Journeys;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Tests.Components.Journeys;

/// <summary>The journey page follows what the workers commit, without a reload.</summary>
public sealed class JourneyDetailPageTests : AppComponentTest
{
    public JourneyDetailPageTests()
    {
        // The paths diagram draws through JavaScript, which is not what this page's tests look at.
        JSInterop.Mode = JSRuntimeMode.Loose;
        JSInterop.SetupModule("./js/mermaid-diagram.js").Setup<MermaidDrawing>("render", _ => true).SetResult(new MermaidDrawing(true, null));
        foreach (var service in new[]
                 {
                     typeof(JourneyStore), typeof(JourneyQueries), typeof(JourneyEnrolment), typeof(JourneyLocker), typeof(JourneyDecider), typeof(JourneySegmentAudience),
                     typeof(JourneyStatsQueries),
                 })
        {
            Services.AddSingleton(service, App.Services.GetRequiredService(service));
        }
    }

    [Fact]
    public async Task JourneyDetailPage_ListsANewContact_WhenEnrolledElsewhere()
    {
        var journey = await App.Services.GetRequiredService<JourneyStore>()
            .CreateAsync(JourneyJson.Parse(JourneyDefinitions.Promotion().ToJsonString()), "designer@example.com");
        var customer = await App.Services.GetRequiredService<CustomerCommands>()
            .CreateAsync(new JsonObject { ["name"] = "Ana Lima", ["email"] = "ana@example.com" });
        RenderHosts();
        var cut = Render<JourneyDetailPage>(p => p.Add(c => c.Id, journey.Id));
        cut.WaitForAssertion(() => Assert.Contains("No contacts in this journey yet", cut.Markup));

        await App.Services.GetRequiredService<JourneyRunner>().EnrolLaterAsync(journey.Id, [customer.Id], null);

        cut.WaitForAssertion(() => Assert.Contains("Ana Lima", cut.Find("[data-testid=journey-runs]").TextContent), TimeSpan.FromSeconds(10));
    }
}
