using System.Globalization;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Actions.Offers;

/// <summary>An offer as the customer reads it: a greeting, what they get, and the code that redeems it.</summary>
internal static class OfferText
{
    public static string Render(OfferEntity offer, CustomerEntity customer, string? intro, string code)
    {
        var greeting = intro is { Length: > 0 } ? intro.Trim() : $"Hi {FirstName(customer.Name)}, here is something for you.";
        return $"{greeting}\n\n{offer.Name}: {What(offer)}. Use code {code} at checkout.";
    }

    public static string What(OfferEntity offer) => offer.Category switch
    {
        "discount" => $"{offer.Value.ToString("0.#", CultureInfo.InvariantCulture)}% off your next order",
        "loyalty_points" => $"{offer.Value.ToString("N0", CultureInfo.InvariantCulture)} loyalty points",
        "free_shipping" => "free shipping on your next order",
        "gift" => "a gift with your next order",
        _ => "yours with your next order",
    };

    private static string FirstName(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : name;
}
