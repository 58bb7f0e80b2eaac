using System.Net;
using Microsoft.AspNetCore.Components;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Security;

/// <summary>Each role against each page: what opens, what sends a signed-in person to "not allowed", what asks for sign-in.</summary>
public sealed class PageRoleMatrixTests : IClassFixture<AdminSetUpApp>
{
    private readonly AdminSetUpApp _app;

    public PageRoleMatrixTests(AdminSetUpApp app) => _app = app;

    /// <summary>Which roles open which page. Written out by hand: this is the product's decision, not the code's.</summary>
    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        void Page(string path, bool admin, bool designer, bool reviewer)
        {
            data.Add(path, Roles.Admin, admin);
            data.Add(path, Roles.Designer, designer);
            data.Add(path, Roles.Reviewer, reviewer);
        }
        Page("/", true, true, true);
        Page("/workflows", true, true, false);
        Page("/workflows/{Id}/versions", true, true, false);
        Page("/assistant", true, true, false);
        Page("/inbox", true, false, true);
        Page("/executions", true, true, true);
        Page("/journeys", true, true, false);
        Page("/journeys/new", true, true, false);
        Page("/journeys/{Id}", true, true, false);
        Page("/journeys/{Id}/edit", true, true, false);
        Page("/data", true, true, false);
        Page("/settings", true, false, false);
        Page("/system", true, false, false);
        Page("/account/password", true, true, true);
        Page("/docs/actions", true, true, false);
        Page("/executions/{Id}", true, true, true);
        Page("/workflows/{Id}", true, true, false);
        return data;
    }

    public static readonly string[] PublicPages = ["/setup", "/account/login", "/account/denied", "/not-found"];

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Page_OpensOnlyForTheRolesThatMayUseIt(string path, string role, bool allowed)
    {
        var client = await _app.ClientForAsync(role);

        using var response = await client.GetAsync(path);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Page_AsksForSignIn_WhenNobodyIsSignedIn(string path, string role, bool allowed)
    {
        _ = (role, allowed);
        using var response = await _app.Factory.CreateBrowserLikeClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public void EveryPage_IsInTheMatrixOrPublic()
    {
        var routes = typeof(Program).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Cast<RouteAttribute>())
            .Select(route => route.Template)
            .ToList();
        var known = Matrix().Select(row => (string)row[0]).Concat(PublicPages).ToHashSet();

        Assert.All(routes, route => Assert.Contains(route, known));
    }
}
