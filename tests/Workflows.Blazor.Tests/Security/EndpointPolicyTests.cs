using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Security;

public sealed class EndpointPolicyTests : IDisposable
{
    /// <summary>
    /// The framework's own plumbing, which carries no data of the app: the Blazor circuit hub, its script,
    /// and the fallback that serves static files (its pattern only matches paths with a file extension).
    /// </summary>
    private static readonly string[] FrameworkPrefixes = ["_blazor", "_framework", "{**path:file}"];

    private readonly AppFactory _app = new();

    [Fact]
    public void EveryEndpoint_NamesAPolicyOrIsExplicitlyPublic()
    {
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !FrameworkPrefixes.Any(prefix => (e.RoutePattern.RawText ?? "").TrimStart('/').StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();

        var unprotected = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null))
            .Select(e => $"{e.RoutePattern.RawText} ({e.DisplayName})")
            .ToList();

        Assert.NotEmpty(endpoints);
        Assert.Empty(unprotected);
    }

    [Fact]
    public void PublicEndpoints_AreOnlyTheOnesMeantToBe()
    {
        var anonymous = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null && e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
            .Select(e => e.RoutePattern.RawText!)
            .Where(route => !FrameworkPrefixes.Any(prefix => route.TrimStart('/').StartsWith(prefix, StringComparison.Ordinal)))
            .Order()
            .ToList();

        Assert.Equal(["/account/denied", "/account/login", "/documents/{id}", "/health/live", "/health/ready", "/not-found", "/setup", "/t/c/{token}", "/t/o/{token}.gif", "/webhooks/{**path}"], anonymous);
    }

    public void Dispose() => _app.Dispose();
}
