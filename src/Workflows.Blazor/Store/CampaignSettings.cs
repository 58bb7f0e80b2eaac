namespace Workflows.Blazor.Store;

/// <summary>Campaign configurations (goal, segments, offers, channels) are settings under <c>campaign:NAME</c>.</summary>
public static class CampaignSettings
{
    public const string Prefix = "campaign:";

    public static string KeyOf(string campaign) => Prefix + campaign;
}
