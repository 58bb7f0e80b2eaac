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
    public void From_LeavesTheMenuToThePage_InLight_WhenNoCookieWasSet()
    {
        var preferences = ShellPreferences.From(RequestBy("ann@example.com"));

        Assert.Null(preferences.MenuChoice);
        Assert.False(preferences.Dark);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    [InlineData(null)]
    public void From_ReadsWhatValueWrote_ForTheSameUser(bool? menuChoice)
    {
        var written = ShellPreferences.From(RequestBy("ann@example.com")) with { MenuChoice = menuChoice, Dark = true };

        var read = ShellPreferences.From(RequestBy("ann@example.com", written.Value));

        Assert.Equal(written, read);
    }

    [Fact]
    public void From_TakesAnOpenMenuFromBeforeChoicesWereKept_AsNoChoice()
    {
        // Switching to dark mode used to write "open" too: it was never a choice to keep the menu open on a narrow editor.
        Assert.Null(ShellPreferences.From(RequestBy("ann@example.com", "open-dark")).MenuChoice);
    }

    [Theory]
    [InlineData("1280", 1280)]
    [InlineData("wide", null)]
    [InlineData("-5", null)]
    public void From_ReadsTheWindowWidthTheBrowserLastWrote_WhenItIsAWidth(string cookie, int? width)
    {
        var request = RequestBy("ann@example.com");
        request.Request.Headers.Cookie = $"{ShellPreferences.WindowWidthCookie}={cookie}";

        Assert.Equal(width, ShellPreferences.From(request).WindowWidth);
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
