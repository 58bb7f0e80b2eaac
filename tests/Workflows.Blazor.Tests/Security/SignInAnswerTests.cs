using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Security;

/// <summary>The sign-in page must not tell an outsider which emails have accounts.</summary>
public sealed partial class SignInAnswerTests(AdminSetUpApp app) : IClassFixture<AdminSetUpApp>
{
    [Fact]
    public async Task SignIn_AnswersTheSame_ForAnUnknownEmailAndALockedAccount()
    {
        const string email = "locked-member@example.com";
        using (var scope = app.Factory.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
            var user = await accounts.CreateAsync(email, SignedInClients.Password, Roles.Designer);
            await accounts.SetLockedAsync(user.Id, locked: true);
        }
        var client = app.Factory.CreateBrowserLikeClient();

        var locked = await AnswerAsync(client, email, "not-the-password");
        var lockedRightPassword = await AnswerAsync(client, email, SignedInClients.Password);
        var unknown = await AnswerAsync(client, "nobody-here@example.com", "not-the-password");

        Assert.False(string.IsNullOrWhiteSpace(unknown));
        Assert.Equal(unknown, locked);
        Assert.Equal(unknown, lockedRightPassword);
    }

    private static async Task<string> AnswerAsync(HttpClient client, string email, string password)
    {
        using var response = await client.PostLoginAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Alert().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
    }

    [GeneratedRegex("<div class=\"form-error\" role=\"alert\">([^<]*)</div>")]
    private static partial Regex Alert();
}
