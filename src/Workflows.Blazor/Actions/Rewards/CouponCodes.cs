using System.Security.Cryptography;

namespace Workflows.Blazor.Actions.Rewards;

/// <summary>Codes customers type at checkout: a readable prefix and eight random hex digits, so nobody can guess another's code.</summary>
internal static class CouponCodes
{
    public static string New(string prefix) => $"{prefix}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}";

    /// <summary>A code as typed by a person: case and surrounding spaces do not matter.</summary>
    public static string Normalise(string code) => code.Trim().ToUpperInvariant();
}
