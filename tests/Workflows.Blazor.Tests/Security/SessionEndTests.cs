using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Security;

/// <summary>Locking, demoting, deleting a person or changing their password ends their open sessions within a minute.</summary>
public sealed class SessionEndTests(AdminSetUpApp app) : IClassFixture<AdminSetUpApp>
{
    public static TheoryData<string> Changes() => ["lock", "role", "delete", "password"];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Cookie_StopsWorking_WithinAMinuteOfTheChange(string change)
    {
        var (designer, userId) = await SignedInDesignerAsync();
        Assert.Equal(HttpStatusCode.OK, (await designer.GetAsync("/api/workflows")).StatusCode);

        await ChangeAsync(change, userId);
        app.Factory.Clock.Advance(SessionRevalidatingAuthenticationStateProvider.Interval + TimeSpan.FromSeconds(1));

        using var response = await designer.PostAsync("/api/workflows", new StringContent(TestWorkflows.Greeting(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task DemotedDesigner_SigningInAgain_HasOnlyReviewerRights()
    {
        var (designer, userId) = await SignedInDesignerAsync();
        await ChangeAsync("role", userId);
        app.Factory.Clock.Advance(SessionRevalidatingAuthenticationStateProvider.Interval + TimeSpan.FromSeconds(1));

        var email = await EmailOfAsync(userId);
        using var signIn = await designer.PostLoginAsync(email, SignedInClients.Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await designer.GetAsync("/api/workflows")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await designer.GetAsync("/api/approvals")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task OpenPage_IsSignedOut_AtItsNextCheckAfterTheChange(string change)
    {
        var userId = await CreateDesignerAsync();
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var provider = Assert.IsType<SessionRevalidatingAuthenticationStateProvider>(
            scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>());
        var principal = await PrincipalOfAsync(userId);
        Assert.True(await provider.IsStillSignedInAsync(principal));

        await ChangeAsync(change, userId);

        Assert.False(await provider.IsStillSignedInAsync(principal));
        Assert.True(SessionRevalidatingAuthenticationStateProvider.Interval <= TimeSpan.FromMinutes(1));
    }

    private async Task<(HttpClient Client, string UserId)> SignedInDesignerAsync()
    {
        var userId = await CreateDesignerAsync();
        var client = app.Factory.CreateBrowserLikeClient();
        using var response = await client.PostLoginAsync(await EmailOfAsync(userId), SignedInClients.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, userId);
    }

    private async Task<string> CreateDesignerAsync()
    {
        using var scope = app.Factory.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateAsync($"designer-{Guid.NewGuid():N}@example.com", SignedInClients.Password, Roles.Designer);
        return user.Id;
    }

    private async Task<string> EmailOfAsync(string userId)
    {
        using var scope = app.Factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByIdAsync(userId))!.Email!;
    }

    private async Task<ClaimsPrincipal> PrincipalOfAsync(string userId)
    {
        using var scope = app.Factory.Services.CreateScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByIdAsync(userId))!;
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<IdentityUser>>().CreateAsync(user);
    }

    private async Task ChangeAsync(string change, string userId)
    {
        using var scope = app.Factory.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        switch (change)
        {
            case "lock":
                await accounts.SetLockedAsync(userId, locked: true);
                break;
            case "role":
                await accounts.SetRoleAsync(userId, Roles.Reviewer);
                break;
            case "delete":
                await accounts.DeleteAsync(userId);
                break;
            default:
                var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
                var result = await users.ChangePasswordAsync((await users.FindByIdAsync(userId))!, SignedInClients.Password, "another-long-password");
                Assert.True(result.Succeeded);
                break;
        }
    }
}
