using System.Text.Json;

namespace Workflows.Blazor.Kernel;

/// <summary>
/// The word a status enum is stored and sent as: snake case in lower case (<c>Completed</c> is "completed",
/// <c>ChangesRequested</c> is "changes_requested"), the same word in the database, the API's JSON and page markup.
/// </summary>
public static class StatusNames
{
    public static JsonNamingPolicy Policy { get; } = JsonNamingPolicy.SnakeCaseLower;

    public static string Of(Enum status) => Policy.ConvertName(status.ToString());

    /// <summary>In a sentence: "changes requested".</summary>
    public static string Words(Enum status) => Of(status).Replace('_', ' ');

    /// <summary>The status a word names, whatever its case and surrounding blanks; false for any other word.</summary>
    public static bool TryParse<TStatus>(string? text, out TStatus status) where TStatus : struct, Enum
    {
        var word = text?.Trim();
        foreach (var candidate in Enum.GetValues<TStatus>())
        {
            if (string.Equals(Of(candidate), word, StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }
        status = default;
        return false;
    }

    public static TStatus Parse<TStatus>(string text) where TStatus : struct, Enum =>
        TryParse<TStatus>(text, out var status) ? status : throw new FormatException($"'{text}' is not a {typeof(TStatus).Name} word.");

    /// <summary>Every word of the status, in declaration order: "pending, approved, ...".</summary>
    public static string List<TStatus>() where TStatus : struct, Enum => string.Join(", ", Enum.GetValues<TStatus>().Select(s => Of(s)));
}
