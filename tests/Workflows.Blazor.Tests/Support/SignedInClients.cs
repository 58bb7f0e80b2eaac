using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Tests.Support;

/// <summary>HTTP clients signed in as a person of a given role, through the real sign-in form.</summary>
internal static partial class SignedInClients
{
    public const string Password = "a-long-test-password";

    public static HttpClient CreateBrowserLikeClient(this AppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> CreateSignedInClientAsync(this AppFactory app, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, Password, role);
        }
        var client = app.CreateBrowserLikeClient();
        using var response = await client.PostLoginAsync(email, Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {role} failed with {(int)response.StatusCode}.");
        }
        // As the app's own scripts do: a signed-in call that changes something carries this header.
        client.DefaultRequestHeaders.Add(CookieApiCallGuard.HeaderName, "fetch");
        return client;
    }

    /// <summary>Submits the sign-in form as a browser would: with the antiforgery token from the page.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/account/login");
        var token = AntiforgeryTokenOf(page);
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Model.Email"] = email,
            ["Model.Password"] = password,
            ["Model.RememberMe"] = "false",
        }));
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static string AntiforgeryTokenOf(string page) => AntiforgeryToken().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
