namespace Workflows.Engine.Journeys;

/// <summary>
/// The action names the journey note (seed 002) writes, such as <c>action.send_sms</c>, as this app's action ids.
/// A journey stores the app's ids, so a name given either way means the same action.
/// </summary>
public static class ActionAliases
{
    private const string Prefix = "action.";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["send_sms"] = "sms_send",
        ["send_email"] = "email_send",
        ["suggest_new_products"] = "recommendation.create",
        ["suggest_new_promotion"] = "offer.send",
    };

    /// <summary>The app's id for <paramref name="name"/>: an alias is translated, <c>action.</c> before an id is dropped.</summary>
    public static string Resolve(string name)
    {
        var bare = name.StartsWith(Prefix, StringComparison.Ordinal) ? name[Prefix.Length..] : name;
        return Aliases.TryGetValue(bare, out var id) ? id : bare;
    }
}
