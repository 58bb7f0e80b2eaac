using System.Globalization;

namespace Workflows.Blazor.Components.Shared;

/// <summary>Sizes of files and disks the way people read them: 840 bytes, 12.4 KB, 3.1 MB, 48 GB.</summary>
public static class ByteSizes
{
    private static readonly string[] Units = ["KB", "MB", "GB", "TB"];

    public static string Describe(long bytes)
    {
        if (bytes < 1024)
        {
            return bytes == 1 ? "1 byte" : $"{bytes} bytes";
        }
        var size = (double)bytes;
        var unit = -1;
        while (size >= 1024 && unit < Units.Length - 1)
        {
            size /= 1024;
            unit++;
        }
        return $"{size.ToString(size < 10 ? "0.#" : "0", CultureInfo.InvariantCulture)} {Units[unit]}";
    }
}
