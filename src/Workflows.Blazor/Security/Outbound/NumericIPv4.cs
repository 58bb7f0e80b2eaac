using System.Net;

namespace Workflows.Blazor.Security.Outbound;

/// <summary>
/// Reads a host that ends in a number as an IPv4 address, as browsers (WHATWG URL) and the C library's
/// resolver do: <c>2130706433</c>, <c>0x7f000001</c>, <c>0177.0.0.1</c> and <c>127.1</c> all mean 127.0.0.1.
/// Reading them as the resolver would is what keeps them from slipping past the guard as "names".
/// </summary>
internal static class NumericIPv4
{
    /// <summary>True when the last label is a number, so the host can only be an IPv4 address (or nothing).</summary>
    public static bool EndsInNumber(string host)
    {
        var labels = WithoutTrailingEmptyLabel(host.Split('.'));
        var last = labels[^1];
        return last.Length > 0 && (last.All(char.IsAsciiDigit)
            || (last.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && last[2..].All(char.IsAsciiHexDigit)));
    }

    public static bool TryParse(string host, out IPAddress address)
    {
        address = IPAddress.None;
        var labels = WithoutTrailingEmptyLabel(host.Split('.'));
        if (labels.Length > 4)
        {
            return false;
        }
        ulong value = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            if (!TryParsePart(labels[i], out var part))
            {
                return false;
            }
            var isLast = i == labels.Length - 1;
            // The last part fills every byte the earlier parts left: "127.1" is 127.0.0.1.
            var limit = isLast ? 1UL << (8 * (5 - labels.Length)) : 256UL;
            if (part >= limit)
            {
                return false;
            }
            value = isLast ? value + part : value + (part << (8 * (3 - i)));
        }
        address = new IPAddress([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);
        return true;
    }

    private static string[] WithoutTrailingEmptyLabel(string[] labels) =>
        labels.Length > 1 && labels[^1].Length == 0 ? labels[..^1] : labels;

    private static bool TryParsePart(string text, out ulong value)
    {
        value = 0;
        var radix = 10;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            radix = 16;
            text = text[2..];
        }
        else if (text.Length > 1 && text[0] == '0')
        {
            radix = 8;
            text = text[1..];
        }
        else if (text.Length == 0)
        {
            return false;
        }
        foreach (var c in text)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiHexDigit(c) ? char.ToLowerInvariant(c) - 'a' + 10 : int.MaxValue;
            if (digit >= radix)
            {
                return false;
            }
            value = value * (ulong)radix + (ulong)digit;
            if (value > uint.MaxValue)
            {
                return false;
            }
        }
        return true;
    }
}
