using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Security;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies in <c>ForwardedHeaders</c>: the rate limits
/// count by the forwarded client behind a known proxy, and by the sender itself for anyone else.
/// </summary>
public sealed class TrustedProxyTests
{
    private const string Proxy = "10.0.0.1";
    private const string Stranger = "10.0.0.9";

    [Fact]
    public async Task RateLimit_IgnoresForwardedFor_WhenNoProxyIsConfigured()
    {
        using var app = OneMonitoringCallAMinute();

        Assert.Equal(StatusCodes.Status200OK, await HealthFromAsync(app, Stranger, "203.0.113.1"));
        Assert.Equal(StatusCodes.Status429TooManyRequests, await HealthFromAsync(app, Stranger, "203.0.113.2"));
    }

    [Fact]
    public async Task RateLimit_IgnoresForwardedFor_FromAnAddressThatIsNotAKnownProxy()
    {
        using var app = OneMonitoringCallAMinute().WithSetting("ForwardedHeaders:KnownProxies:0", Proxy);

        Assert.Equal(StatusCodes.Status200OK, await HealthFromAsync(app, Stranger, "203.0.113.1"));
        Assert.Equal(StatusCodes.Status429TooManyRequests, await HealthFromAsync(app, Stranger, "203.0.113.2"));
    }

    [Fact]
    public async Task RateLimit_CountsTheForwardedClient_BehindAKnownProxy()
    {
        using var app = OneMonitoringCallAMinute().WithSetting("ForwardedHeaders:KnownProxies:0", Proxy);

        Assert.Equal(StatusCodes.Status200OK, await HealthFromAsync(app, Proxy, "203.0.113.1"));
        Assert.Equal(StatusCodes.Status200OK, await HealthFromAsync(app, Proxy, "203.0.113.2"));
        Assert.Equal(StatusCodes.Status429TooManyRequests, await HealthFromAsync(app, Proxy, "203.0.113.1"));
    }

    [Fact]
    public async Task SignInRedirect_UsesTheForwardedScheme_FromAKnownNetwork()
    {
        using var app = new AppFactory().WithSetting("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/24");
        await CreateAdminAsync(app);

        var location = await SignInRedirectFromAsync(app, Proxy);

        Assert.StartsWith("https://", location);
    }

    [Fact]
    public async Task SignInRedirect_IgnoresTheForwardedScheme_FromOutsideTheKnownNetworks()
    {
        using var app = new AppFactory().WithSetting("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/24");
        await CreateAdminAsync(app);

        var location = await SignInRedirectFromAsync(app, "192.168.1.5");

        Assert.StartsWith("http://", location);
    }

    [Fact]
    public void Start_FailsNamingTheSetting_WhenAKnownProxyIsNotAnAddress()
    {
        using var app = new AppFactory().WithSetting("ForwardedHeaders:KnownProxies:0", "proxy.local");

        var error = Assert.Throws<InvalidOperationException>(() => app.Server);

        Assert.Contains("ForwardedHeaders:KnownProxies", error.Message);
    }

    private static AppFactory OneMonitoringCallAMinute() => new AppFactory().WithSetting("RateLimits:MonitoringPerMinute", "1");

    private static async Task<int> HealthFromAsync(AppFactory app, string sender, string forwardedFor)
    {
        var context = await app.Server.SendAsync(request =>
        {
            request.Request.Method = HttpMethods.Get;
            request.Request.Path = "/health/live";
            request.Connection.RemoteIpAddress = IPAddress.Parse(sender);
            request.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });
        return context.Response.StatusCode;
    }

    private static async Task<string> SignInRedirectFromAsync(AppFactory app, string sender)
    {
        var context = await app.Server.SendAsync(request =>
        {
            request.Request.Method = HttpMethods.Get;
            request.Request.Path = "/executions";
            request.Connection.RemoteIpAddress = IPAddress.Parse(sender);
            request.Request.Headers["X-Forwarded-For"] = "203.0.113.1";
            request.Request.Headers["X-Forwarded-Proto"] = "https";
        });
        Assert.Equal(StatusCodes.Status302Found, context.Response.StatusCode);
        return context.Response.Headers.Location.ToString();
    }

    private static async Task CreateAdminAsync(AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync("owner@example.com", SignedInClients.Password, Roles.Admin);
    }
}
