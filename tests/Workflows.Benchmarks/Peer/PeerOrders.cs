using System.Globalization;

namespace Workflows.Benchmarks.Peer;

/// <summary>The order each request carries: as a webhook or Node-RED takes it, and as the runs API's input.</summary>
internal static class PeerOrders
{
    public static string Plain(int i) => string.Create(CultureInfo.InvariantCulture, $$"""{"orderId":"o{{i}}","total":{{i % 200}}}""");

    public static string AsRunInput(int i) => $$"""{"input":{{Plain(i)}}}""";
}
