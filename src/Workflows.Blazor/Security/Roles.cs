namespace Workflows.Blazor.Security;

/// <summary>The three roles: Admin does everything, Designer builds workflows and journeys, Reviewer works the inbox.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Designer = "Designer";
    public const string Reviewer = "Reviewer";

    public static IReadOnlyList<string> All { get; } = [Admin, Designer, Reviewer];
}
