using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Pages.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Components.Data;

/// <summary>The Data page's Recommendations tab: whom and what, in the store's names rather than ids and JSON.</summary>
public sealed class RecommendationsPanelTests : ComponentTest, IClassFixture<DemoStoreApp>
{
    private readonly AppFactory _app;

    public RecommendationsPanelTests(DemoStoreApp app)
    {
        _app = app.Factory;
        Services.AddSingleton(_app.Services.GetRequiredService<StoreQueries>());
    }

    [Fact]
    public async Task Recommendations_ShowTheCustomersName_AndTheProductsByName()
    {
        var id = await RecommendAsync("cust_095", """["prod_001", {"id": "prod_002", "score": 0.9}, {"name": "Gift wrapping"}, "prod_gone"]""");

        var cut = Render<RecommendationsPanel>();
        cut.Find("input").Input("guido.turing95");

        cut.WaitForAssertion(() => Assert.True(cut.FindAll("tr").Any(RowOf(id)), $"No row for run {id} in:\n{cut.Find("tbody").InnerHtml}"), TimeSpan.FromSeconds(10));
        var row = cut.FindAll("tr").Single(RowOf(id));
        Assert.Equal("Guido Turing", row.QuerySelector("[data-testid=recommendation-customer-name]")!.TextContent.Trim());
        Assert.Contains("cust_095", row.TextContent);
        var chips = row.QuerySelectorAll("[data-testid=recommended-products] .mud-chip").Select(chip => chip.TextContent.Trim());
        Assert.Equal(["Espresso Beans", "Filter Roast", "Gift wrapping", "prod_gone"], chips);
        Assert.DoesNotContain("[", row.TextContent);
    }

    [Fact]
    public async Task Recommendations_SaySoWhenNoCustomerMatchesTheSearch()
    {
        await RecommendAsync("cust_095", """["prod_001"]""");

        var cut = Render<RecommendationsPanel>();
        cut.Find("input").Input("nobody-by-this-name");

        cut.WaitForAssertion(() => Assert.Contains("No recommendation for a customer matching this search.", cut.Markup), TimeSpan.FromSeconds(10));
    }

    private static Func<AngleSharp.Dom.IElement, bool> RowOf(string runId) => row => row.QuerySelector($"a[href='executions/{runId}']") is not null;

    /// <summary>Saves a recommendation as a run would; the run's id tells this test's row apart.</summary>
    private async Task<string> RecommendAsync(string customerId, string productsJson)
    {
        var runId = Guid.NewGuid().ToString("N");
        await _app.QueryAsync(db =>
        {
            db.Recommendations.Add(new RecommendationEntity
            {
                Id = $"rec_{runId[..8]}", CustomerId = customerId, ProductsJson = productsJson, Reason = "Bought beans last month",
                ExecutionId = runId, CreatedAt = _app.Clock.GetUtcNow(),
            });
            return db.SaveChangesAsync();
        });
        return runId;
    }
}
