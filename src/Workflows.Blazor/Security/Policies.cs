using Microsoft.AspNetCore.Authorization;

namespace Workflows.Blazor.Security;

/// <summary>
/// Every page and endpoint names one of these. API keys act as an admin for automation; people get
/// what their role allows.
/// </summary>
public static class Policies
{
    /// <summary>Settings, users, secrets, API keys and the audit log.</summary>
    public const string Admin = "admin";

    /// <summary>Workflows, journeys and test runs.</summary>
    public const string Design = "design";

    /// <summary>The approval inbox.</summary>
    public const string Review = "review";

    /// <summary>Reading executions and the home page: any signed-in role.</summary>
    public const string Read = "read";

    public static void AddPolicies(AuthorizationOptions options)
    {
        Add(options, Admin, Roles.Admin);
        Add(options, Design, Roles.Admin, Roles.Designer);
        Add(options, Review, Roles.Admin, Roles.Reviewer);
        Add(options, Read, Roles.Admin, Roles.Designer, Roles.Reviewer);
    }

    private static void Add(AuthorizationOptions options, string name, params string[] roles) =>
        options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
}
