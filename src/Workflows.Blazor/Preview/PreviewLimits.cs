namespace Workflows.Blazor.Preview;

/// <summary>How far and for how many contacts a preview may look.</summary>
public static class PreviewLimits
{
    public const int DefaultDays = 30;

    public const int MaxDays = 90;

    public const int MaxContacts = 1000;
}
