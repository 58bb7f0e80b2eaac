using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Actions;

public sealed class ProductActionTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    [Fact]
    public async Task ProductSearch_FiltersByCategoryAndStock()
    {
        var result = await app.Factory.OutputOfAsync("product_search", new JsonObject { ["category"] = "coffee", ["inStock"] = true });

        Assert.NotEmpty(result["products"]!.AsArray());
        Assert.All(result["products"]!.AsArray(), p => Assert.Equal(("coffee", true), (p!["category"]!.GetValue<string>(), p["inStock"]!.GetValue<bool>())));
    }

    [Fact]
    public async Task ProductGet_AndUpdate_ChangeTheStoredProduct()
    {
        await app.Factory.OutputOfAsync("product.update", new JsonObject { ["productId"] = "prod_002", ["stock"] = 7, ["badge"] = "bestseller" });

        var product = await app.Factory.OutputOfAsync("product_get", new JsonObject { ["productId"] = "prod_002" });

        Assert.Equal((7, "bestseller"), (product["stock"]!.GetValue<int>(), product["badge"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ProductUpdate_RefusesANegativePrice()
    {
        var error = await app.Factory.ErrorOfAsync("product_update", new JsonObject { ["productId"] = "prod_003", ["price"] = -5 });

        Assert.Contains("price should be a number of 0 or more", error);
    }

    [Fact]
    public async Task HydrateFields_AddsCatalogueDetails_AndReportsUnknownIds()
    {
        var result = await app.Factory.OutputOfAsync("product.hydrate_fields", new JsonObject
        {
            ["items"] = new JsonArray("prod_001", new JsonObject { ["productId"] = "prod_004", ["reason"] = "pairs well" }, "prod_missing"),
        });

        var products = result["products"]!.AsArray();
        Assert.Equal(["prod_001", "prod_004"], products.Select(p => p!["id"]!.GetValue<string>()));
        Assert.Equal("pairs well", products[1]!["reason"]!.GetValue<string>());
        Assert.Equal("prod_missing", result["missing"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task ProductFilter_SelectsWithTheConditionLanguage()
    {
        var result = await app.Factory.OutputOfAsync("product_filter", new JsonObject { ["expression"] = "price < 15 && category == 'tea'" });

        Assert.NotEmpty(result["products"]!.AsArray());
        Assert.All(result["products"]!.AsArray(), p => Assert.True(p!["price"]!.GetValue<double>() < 15));
    }
}
