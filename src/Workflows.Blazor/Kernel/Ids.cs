namespace Workflows.Blazor.Kernel;

/// <summary>New ids: time-ordered GUIDs (version 7), so rows inserted together sit together in the index.</summary>
public static class Ids
{
    public static string New() => Guid.CreateVersion7().ToString("N");

    /// <summary>
    /// A short id people can read, such as <c>apr_0193a1b2c3d4e5f6a7b8</c>: the GUID's time (12 hex digits, so ids still sort
    /// by creation) and 32 of its random bits, so ids made in the same millisecond differ.
    /// </summary>
    public static string Short(string prefix)
    {
        var id = New();
        return $"{prefix}_{id[..12]}{id[^8..]}";
    }
}
