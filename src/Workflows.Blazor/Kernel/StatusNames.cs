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
}
