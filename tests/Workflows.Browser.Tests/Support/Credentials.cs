namespace Workflows.Browser.Tests.Support;

public sealed record Credentials(string Email, string Password)
{
    public static Credentials Admin { get; } = new("admin@example.com", "correct-horse-battery");
}
