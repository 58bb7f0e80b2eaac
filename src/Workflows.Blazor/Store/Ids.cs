namespace Workflows.Blazor.Store;

/// <summary>New ids: time-ordered GUIDs (version 7), so rows inserted together sit together in the index.</summary>
public static class Ids
{
    public static string New() => Guid.CreateVersion7().ToString("N");
}
