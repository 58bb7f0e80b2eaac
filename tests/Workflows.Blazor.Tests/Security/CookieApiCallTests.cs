using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Security;

/// <summary>A page on another site posting a plain form to the API, with the designer's sign-in cookie riding along.</summary>
public sealed class CookieApiCallTests(AdminSetUpApp app) : IClassFixture<AdminSetUpApp>
{
    [Fact]
    public async Task Deactivate_IsRefused_WhenAPlainFormPostsItWithTheCookie()
    {
        var (api, workflowId) = await ActiveWorkflowAsync();
        var designer = await app.Factory.CreateSignedInClientAsync(Roles.Designer);
        designer.DefaultRequestHeaders.Remove(CookieApiCallGuard.HeaderName);

        using var form = new HttpRequestMessage(HttpMethod.Post, $"/api/workflows/{workflowId}/deactivate")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "yes" }),
        };
        form.Headers.Add("Origin", "http://localhost:8081");
        using var response = await designer.SendAsync(form);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.True((await api.GetFromJsonAsync<JsonObject>($"/api/workflows/{workflowId}"))!["isActive"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Deactivate_IsAccepted_WhenTheSignedInCallCarriesTheHeader()
    {
        var (api, workflowId) = await ActiveWorkflowAsync();
        var designer = await app.ClientForAsync(Roles.Designer);

        using var response = await designer.PostAsync($"/api/workflows/{workflowId}/deactivate", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False((await api.GetFromJsonAsync<JsonObject>($"/api/workflows/{workflowId}"))!["isActive"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Deactivate_IsAccepted_WithAnApiKeyAndNoHeader()
    {
        var (api, workflowId) = await ActiveWorkflowAsync();

        using var response = await api.PostAsync($"/api/workflows/{workflowId}/deactivate", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("form")]
    [InlineData("json")]
    public async Task Logout_Answers400Problem_WithoutItsAntiforgeryToken(string body)
    {
        var reviewer = await app.ClientForAsync(Roles.Reviewer);

        using var response = await reviewer.PostAsync("/account/logout", body switch
        {
            "form" => new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }),
            "json" => new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
            _ => null,
        });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Logout_SignsOut_WithTheTokenOfTheAppsForm()
    {
        var reviewer = await app.Factory.CreateSignedInClientAsync(Roles.Reviewer);
        var token = SignedInClients.AntiforgeryTokenOf(await reviewer.GetStringAsync("/account/password"));

        using var response = await reviewer.PostAsync("/account/logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await reviewer.GetAsync("/api/executions/missing")).StatusCode);
    }

    private async Task<(HttpClient Api, string WorkflowId)> ActiveWorkflowAsync()
    {
        var api = await app.Factory.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Webhook($"/webhooks/orders-{Guid.NewGuid():N}"));
        await api.ActivateAsync(workflowId);
        return (api, workflowId);
    }
}
