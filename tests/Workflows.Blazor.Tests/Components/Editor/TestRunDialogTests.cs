using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workflows.Blazor.Components.Editor;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Editor;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Components.Editor;

public sealed class TestRunDialogTests : AppComponentTest, IClassFixture<SharedApp>
{
    public TestRunDialogTests(SharedApp shared) : base(shared) => Services.AddSingleton(App.Services.GetRequiredService<StoreQueries>());

    [Fact]
    public async Task TestRunDialog_FindsTheContactByName_AndPutsItsIdInTheInput()
    {
        await App.QueryAsync(async db =>
        {
            db.Customers.Add(new CustomerEntity { Id = "cust_777", Name = "Grace Hopper", Email = "grace@example.com", Status = "active", Tier = "gold" });
            db.Customers.Add(new CustomerEntity { Id = "cust_778", Name = "Alan Turing", Email = "alan@example.com", Status = "active", Tier = "gold" });
            return await db.SaveChangesAsync();
        });
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await dialogs.ShowAsync<TestRunDialog>("Test run",
            new DialogParameters<TestRunDialog> { { d => d.InitialInput, """{ "customerId": "cust_001", "note": "kept" }""" } }));

        var contact = provider.FindComponent<MudAutocomplete<CustomerRow>>();
        var search = contact.Instance.SearchFunc;
        Assert.NotNull(search);
        var searching = search("grace", CancellationToken.None);
        Assert.NotNull(searching);
        var found = (await searching)?.ToList() ?? [];
        await provider.InvokeAsync(() => contact.Instance.ValueChanged.InvokeAsync(Assert.Single(found)));
        provider.Find("[data-testid=start-test-run]").Click();

        var input = Assert.IsAssignableFrom<JsonObject>((await dialog!.Result)!.Data);
        Assert.Equal("""{"customerId":"cust_777","note":"kept"}""", input.ToJsonString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    public void WithCustomer_StartsAfresh_FromInputThatIsNotAnObject(string? input)
    {
        Assert.Equal("""{"customerId":"cust_1"}""", JsonNode.Parse(TestRunInput.WithCustomer(input, "cust_1"))!.ToJsonString());
    }
}
