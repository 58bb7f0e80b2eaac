using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace Workflows.Blazor.Components.Layout;

/// <summary>
/// How a user left the app's frame: the menu pinned open, folded, or left to the page (<see cref="MenuChoice"/> null: open,
/// except that the editor folds it on a narrow window), and light or dark. Kept in a cookie named after the user, read
/// while the page is first drawn, so a reload shows the frame as it was left without a flash. The browser window's
/// width, as the browser last wrote it (js/window-width.js), lets the first drawing fold the menu the editor would fold.
/// </summary>
public sealed record ShellPreferences(string CookieName, bool? MenuChoice, bool Dark, int? WindowWidth = null)
{
    /// <summary>The cookie the browser keeps the window's width in, on every page and at every resize.</summary>
    public const string WindowWidthCookie = "wf-window-width";

    private const string Pinned = "pinned";
    private const string Folded = "folded";
    private const string DarkFlag = "dark";

    /// <summary>Reads the signed-in user's preferences from the request; no cookie means no menu choice yet, light, and no known width.</summary>
    public static ShellPreferences From(HttpContext context)
    {
        var name = CookieNameFor(context.User);
        var flags = (context.Request.Cookies[name] ?? "").Split('-', StringSplitOptions.RemoveEmptyEntries);
        bool? menu = flags.Contains(Pinned) ? true : flags.Contains(Folded) ? false : null;
        var width = int.TryParse(context.Request.Cookies[WindowWidthCookie], out var pixels) && pixels > 0 ? pixels : (int?)null;
        return new ShellPreferences(name, menu, Dark: flags.Contains(DarkFlag), width);
    }

    /// <summary>One cookie per user, so two people sharing a browser keep their own frame. The name does not reveal who.</summary>
    public static string CookieNameFor(ClaimsPrincipal user)
    {
        var who = user.Identity?.Name ?? "";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(who.ToUpperInvariant()));
        return $"wf-shell-{Convert.ToHexStringLower(hash)[..12]}";
    }

    /// <summary>The cookie's value: dash-separated flags, only characters a cookie value may hold.</summary>
    public string Value => string.Join('-', new[] { MenuChoice switch { true => Pinned, false => Folded, null => "auto" }, Dark ? DarkFlag : "light" });
}
