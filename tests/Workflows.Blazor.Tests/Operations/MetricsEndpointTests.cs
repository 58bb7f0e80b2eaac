using System.Net;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Operations;

/// <summary><c>/metrics</c> serves the app's instruments to Prometheus, and only to an API key or an admin.</summary>
public sealed class MetricsEndpointTests(AdminSetUpApp shared) : IClassFixture<AdminSetUpApp>
{
    [Fact]
    public async Task Metrics_AreRefused_WithoutAKey()
    {
        using var response = await shared.Factory.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_AreRefused_ToASignedInReviewer()
    {
        var reviewer = await shared.ClientForAsync(Roles.Reviewer);

        using var response = await reviewer.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_AreServed_ToASignedInAdmin()
    {
        var admin = await shared.ClientForAsync(Roles.Admin);

        using var response = await admin.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
