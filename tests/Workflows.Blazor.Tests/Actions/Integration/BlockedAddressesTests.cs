using System.Net;
using Workflows.Blazor.Security.Outbound;

namespace Workflows.Blazor.Tests.Actions.Integration;

public sealed class BlockedAddressesTests
{
    [Theory]
    [InlineData("127.255.255.254", "loopback")]
    [InlineData("10.255.255.255", "private")]
    [InlineData("172.16.0.0", "private")]
    [InlineData("192.168.255.255", "private")]
    [InlineData("169.254.169.254", "metadata")]
    [InlineData("100.127.255.255", "carrier-grade NAT")]
    [InlineData("0.1.2.3", "'this network'")]
    [InlineData("239.255.255.250", "multicast")]
    [InlineData("192.0.0.170", "reserved")]
    [InlineData("198.18.0.1", "reserved")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("fc00::1", "private")]
    [InlineData("fec0::1", "site-local")]
    [InlineData("fe80::abcd", "link-local")]
    [InlineData("64:ff9b:1::1", "local NAT64")]
    [InlineData("100::1", "reserved")]
    [InlineData("2001:0:7f00:1::", "Teredo server")]
    [InlineData("2002:c0a8:0101::", "a private address (192.168.1.1) inside a 6to4 address")]
    public void KindOf_NamesTheRange_ForANonPublicAddress(string address, string kind)
    {
        Assert.Contains(kind, BlockedAddresses.KindOf(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("169.255.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:1.1.1.1")]
    [InlineData("2002:0808:0808::")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2001:0:4136:e378:8000:63bf:f7f7:f7f7")]
    public void KindOf_IsNull_ForAPublicAddress(string address)
    {
        Assert.Null(BlockedAddresses.KindOf(IPAddress.Parse(address)));
    }
}
