namespace Workflows.Blazor.Store;

/// <summary>A request the store refuses, with a message for the user and the HTTP status that fits.</summary>
public sealed class StoreException(int statusCode, string title, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Title { get; } = title;

    public static StoreException NotFound(string what, string id) =>
        new(StatusCodes.Status404NotFound, "Not found", $"There is no {what} '{id}'.");

    public static StoreException Conflict(string message) => new(StatusCodes.Status409Conflict, "Conflict", message);

    public static StoreException Invalid(string message) => new(StatusCodes.Status400BadRequest, "Invalid request", message);
}
