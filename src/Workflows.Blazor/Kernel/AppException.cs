namespace Workflows.Blazor.Kernel;

/// <summary>
/// A request the app refuses, with a title and a message for the user. It knows nothing of HTTP: the API turns its
/// kind into a problem's status code, pages show the message, the command line prints it.
/// </summary>
public sealed class AppException(ErrorKind kind, string title, string message) : Exception(message)
{
    public ErrorKind Kind { get; } = kind;

    public string Title { get; } = title;

    public static AppException NotFound(string what, string id) => new(ErrorKind.NotFound, "Not found", $"There is no {what} '{id}'.");

    public static AppException Conflict(string message) => new(ErrorKind.Conflict, "Conflict", message);

    public static AppException Invalid(string message) => new(ErrorKind.Invalid, "Invalid request", message);

    public static AppException Forbidden(string message) => new(ErrorKind.Forbidden, "Not allowed", message);
}
