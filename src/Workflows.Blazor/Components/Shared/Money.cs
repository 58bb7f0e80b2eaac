using System.Globalization;

namespace Workflows.Blazor.Components.Shared;

/// <summary>Prices and totals of the store as people read them: the store sells in US dollars.</summary>
public static class Money
{
    private static readonly CultureInfo Dollars = CultureInfo.GetCultureInfo("en-US");

    /// <summary>$1,234.50</summary>
    public static string Cents(double amount) => amount.ToString("C2", Dollars);

    /// <summary>$1,235</summary>
    public static string Whole(double amount) => amount.ToString("C0", Dollars);
}
