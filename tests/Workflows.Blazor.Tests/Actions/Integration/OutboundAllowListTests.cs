using Workflows.Blazor.Security.Outbound;

namespace Workflows.Blazor.Tests.Actions.Integration;

public sealed class OutboundAllowListTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5099/")]
    [InlineData("http://2130706433:5099/")]
    [InlineData("http://[::ffff:127.0.0.1]:5099/")]
    [InlineData("http://127.0.0.1.nip.io:5099/")]
    [InlineData("http://crm.internal/")]
    [InlineData("http://crm.internal:8443/")]
    [InlineData("http://[::1]:8080/")]
    [InlineData("http://10.20.7.1/")]
    [InlineData("http://[::ffff:10.20.7.1]/")]
    public async Task Guard_AllowsAListedHostOrNetwork(string url)
    {
        var addresses = await SsrfBypassTests.ConnectAsync(GuardAllowing(), url);

        Assert.NotEmpty(addresses);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5100/", "loopback")]
    [InlineData("http://127.0.0.2:5099/", "loopback")]
    [InlineData("http://localhost:5099/", "always means this machine")]
    [InlineData("http://[::1]:8081/", "loopback")]
    [InlineData("http://10.21.0.1/", "private")]
    public async Task Guard_RefusesWhatTheListDoesNotCover(string url, string reason)
    {
        var refused = await Assert.ThrowsAsync<OutboundRefusedException>(() => SsrfBypassTests.ConnectAsync(GuardAllowing(), url));

        Assert.Contains(reason, refused.Message);
    }

    [Fact]
    public void ProblemsIn_NamesEachUnreadableEntry()
    {
        var options = new OutboundOptions { AllowedHosts = ["crm.internal", "127.0.0.1:99999", "bad host"], AllowedNetworks = ["10.0.0.0/33"] };

        var problems = OutboundAllowList.ProblemsIn(options);

        Assert.Equal(3, problems.Count);
        Assert.Contains("'127.0.0.1:99999'", problems[0]);
        Assert.Contains("'bad host'", problems[1]);
        Assert.Contains("Outbound:AllowedNetworks: '10.0.0.0/33'", problems[2]);
    }

    private static OutboundGuard GuardAllowing() => new(
        OutboundAllowList.From(new OutboundOptions
        {
            AllowedHosts = ["127.0.0.1:5099", "crm.internal", "[::1]:8080"],
            AllowedNetworks = ["10.20.0.0/16"],
        }),
        new MapResolver());
}
