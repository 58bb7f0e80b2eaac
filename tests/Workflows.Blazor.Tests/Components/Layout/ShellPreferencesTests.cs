using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Workflows.Blazor.Components.Layout;

namespace Workflows.Blazor.Tests.Components.Layout;

public sealed class ShellPreferencesTests
{
    private static DefaultHttpContext RequestBy(string email, string? cookie = null)
    {
        var context = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, email)], "test")) };
        if (cookie is not null)
        {
            context.Request.Headers.Cookie = $"{ShellPreferences.CookieNameFor(context.User)}={cookie}";
        }
        return context;
    }

    [Fact]
    public void From_OpensTheMenuInLight_WhenNoCookieWasSet()
    {
        var preferences = ShellPreferences.From(RequestBy("ann@example.com"));

        Assert.True(preferences.MenuOpen);
        Assert.False(preferences.Dark);
    }

    [Fact]
    public void From_ReadsWhatValueWrote_ForTheSameUser()
    {
        var written = ShellPreferences.From(RequestBy("ann@example.com")) with { MenuOpen = false, Dark = true };

        var read = ShellPreferences.From(RequestBy("ann@example.com", written.Value));

        Assert.Equal(written, read);
    }

    [Fact]
    public void CookieNameFor_DiffersPerUser_AndDoesNotNameThem()
    {
        var ann = ShellPreferences.CookieNameFor(RequestBy("ann@example.com").User);
        var bob = ShellPreferences.CookieNameFor(RequestBy("bob@example.com").User);

        Assert.NotEqual(ann, bob);
        Assert.DoesNotContain("ann", ann);
    }
}
