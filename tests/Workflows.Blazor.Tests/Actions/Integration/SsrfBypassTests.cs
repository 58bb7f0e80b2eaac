using System.Net;
using System.Net.Sockets;
using Workflows.Blazor.Security.Outbound;

namespace Workflows.Blazor.Tests.Actions.Integration;

/// <summary>
/// Ways people sneak a request to this machine, the private network or the cloud metadata service past a naive
/// check. Each URL goes through what the guarded client does: the URL check, then the guard on the host as the
/// connection sees it. No test here opens a connection.
/// </summary>
public sealed class SsrfBypassTests
{
    private static readonly OutboundGuard Guard = new(OutboundAllowList.From(new OutboundOptions()), new MapResolver());

    [Theory]
    [InlineData("http://127.0.0.1/", "loopback")]
    [InlineData("http://2130706433/", "loopback")]
    [InlineData("http://0177.0.0.1/", "loopback")]
    [InlineData("http://00000177.0.0.01/", "loopback")]
    [InlineData("http://0x7f000001/", "loopback")]
    [InlineData("http://0x7f.0.0.1/", "loopback")]
    [InlineData("http://127.1/", "loopback")]
    [InlineData("http://127.0.0.1./", "loopback")]
    [InlineData("https://127.0.0.1:443/", "loopback")]
    [InlineData("http://0/", "'this network'")]
    [InlineData("http://0.0.0.0/", "'this network'")]
    [InlineData("http://[::1]/", "loopback")]
    [InlineData("http://[::]/", "unspecified")]
    [InlineData("http://[::ffff:127.0.0.1]/", "loopback")]
    [InlineData("http://[::ffff:7f00:1]/", "loopback")]
    [InlineData("http://[0:0:0:0:0:ffff:7f00:1]/", "loopback")]
    [InlineData("http://[::ffff:169.254.169.254]/", "metadata")]
    [InlineData("http://[::127.0.0.1]/", "IPv4-compatible")]
    [InlineData("http://[2002:7f00:1::]/", "6to4")]
    [InlineData("http://[2002:a9fe:a9fe::1]/", "6to4")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/", "NAT64")]
    [InlineData("http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", "Teredo")]
    [InlineData("http://[fe80::1%25eth0]/", "link-local")]
    [InlineData("http://[fd00:ec2::254]/", "private")]
    [InlineData("http://[ff02::1]/", "multicast")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "metadata")]
    [InlineData("http://169.254.0.1/", "link-local")]
    [InlineData("http://10.0.0.1/", "private")]
    [InlineData("http://172.16.0.1/", "private")]
    [InlineData("http://172.31.255.255/", "private")]
    [InlineData("http://192.168.0.1/", "private")]
    [InlineData("http://100.64.0.1/", "carrier-grade NAT")]
    [InlineData("http://100.100.100.200/latest/meta-data/", "carrier-grade NAT")]
    [InlineData("http://224.0.0.1/", "multicast")]
    [InlineData("http://255.255.255.255/", "broadcast")]
    [InlineData("http://240.0.0.1/", "reserved")]
    [InlineData("http://localhost/", "always means this machine")]
    [InlineData("http://localhost./", "always means this machine")]
    [InlineData("http://LOCALHOST/", "always means this machine")]
    [InlineData("http://api.localhost/", "always means this machine")]
    [InlineData("http://\u24dbocalhost/", "always means this machine")]
    [InlineData("http://127\u30020\u30020\u30021/", "loopback")]
    [InlineData("http://\u2460\u2461\u2466.0.0.1/", "loopback")]
    [InlineData("http://evil@127.0.0.1/", "loopback")]
    [InlineData("http://127.0.0.1#@public.example/", "loopback")]
    [InlineData("http://127.0.0.1:80@evil.example/", "resolves to 127.0.0.1")]
    [InlineData("http://metadata.google.internal/computeMetadata/v1/", "resolves to 169.254.169.254")]
    [InlineData("http://127.0.0.1.nip.io/", "resolves to 127.0.0.1")]
    [InlineData("http://rebind.example/", "resolves to 10.0.0.5")]
    [InlineData("http://mapped.example/", "resolves to ::ffff:192.168.1.1")]
    [InlineData("http://v6-metadata.example/", "resolves to fd00:ec2::254")]
    [InlineData("http://1.2.3.4.5/", "neither a DNS name nor an IP address")]
    [InlineData("http://999.1.1.1/", "neither a DNS name nor an IP address")]
    [InlineData("http://0x100000000/", "neither a DNS name nor an IP address")]
    [InlineData("http://09.0.0.1/", "neither a DNS name nor an IP address")]
    public async Task Guard_RefusesTheConnection_ForABypassAttempt(string url, string reason)
    {
        var refused = await Assert.ThrowsAsync<OutboundRefusedException>(() => ConnectAsync(Guard, url));

        Assert.StartsWith("Refused to connect to ", refused.Message);
        Assert.Contains(reason, refused.Message);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("gopher://127.0.0.1:6379/_INFO")]
    [InlineData("ftp://10.0.0.1/")]
    [InlineData("dict://127.0.0.1:11211/stat")]
    [InlineData("/relative/path")]
    [InlineData("not a url")]
    public void Url_IsRefused_WhenItIsNotAnAbsoluteHttpUrl(string url)
    {
        Assert.Throws<OutboundRefusedException>(() => OutboundUrl.Parse(url));
    }

    [Theory]
    [InlineData("http://8.8.8.8/", "8.8.8.8")]
    [InlineData("http://[2606:4700:4700::1111]/", "2606:4700:4700::1111")]
    [InlineData("http://[::ffff:8.8.8.8]/", "::ffff:8.8.8.8")]
    [InlineData("http://134744072/", "8.8.8.8")]
    [InlineData("https://public.example/", "203.0.113.7")]
    public async Task Guard_AllowsTheConnection_ForAPublicAddress(string url, string firstAddress)
    {
        var addresses = await ConnectAsync(Guard, url);

        Assert.Equal(firstAddress, addresses[0].ToString());
    }

    [Fact]
    public async Task Guard_ReportsAMissingHost_AsADnsFailure()
    {
        var failure = await Assert.ThrowsAsync<SocketException>(() => ConnectAsync(Guard, "http://no-such-host.example/"));

        Assert.Equal(SocketError.HostNotFound, failure.SocketErrorCode);
    }

    /// <summary>What the guarded handler's connect callback does for a URL: the host as SocketsHttpHandler passes it.</summary>
    internal static Task<IPAddress[]> ConnectAsync(OutboundGuard guard, string url)
    {
        var uri = OutboundUrl.Parse(url);
        var host = uri.HostNameType == UriHostNameType.IPv6 ? $"[{uri.IdnHost}]" : uri.IdnHost;
        return guard.ResolveAsync(host, uri.Port, CancellationToken.None);
    }
}
