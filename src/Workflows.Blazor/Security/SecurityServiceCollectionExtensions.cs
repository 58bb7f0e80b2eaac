using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Security;

public static class SecurityServiceCollectionExtensions
{
    private const string SignInScheme = "CookieOrApiKey";

    /// <summary>
    /// Users and roles (ASP.NET Core Identity on the app's database), API keys, the audit log, and secrets
    /// encrypted with data-protection keys kept in the database, so every instance on one database reads them.
    /// </summary>
    public static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName("Workflows.Blazor")
            .PersistKeysToDbContext<AppDbContext>();
        services.AddSingleton<KeyFolderImport>();

        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length over composition rules, as NIST SP 800-63B advises.
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireDigit = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<ApiKeyCommands>();
        services.AddSingleton<ApiKeyQueries>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AuditQueries>();
        services.AddSingleton<SetupState>();
        services.AddScoped<UserAccounts>();
        services.AddSingleton<SecretCommands>();
        services.AddSingleton<SecretQueries>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<WebhookListeners>();
        services.AddSingleton<InlineSecretProtector>();
        services.AddSingleton<ISecretDecryptor>(provider => provider.GetRequiredService<InlineSecretProtector>());
        // {{secrets.name}} reads the workflow's own secret of that name first, then the store's.
        services.AddSingleton<ISecretResolver>(provider =>
            new WorkflowSecrets(provider.GetRequiredService<SecretQueries>(), provider.GetRequiredService<ISecretDecryptor>()));
        return services;
    }

    /// <summary>Sign-in for people (cookies) and automation (API keys), the role policies and the rate limits.</summary>
    public static IServiceCollection AddWebSecurity(this IServiceCollection services)
    {
        // A request carrying an API key is automation; any other is a person with a sign-in cookie.
        services.AddAuthentication(SignInScheme)
            .AddPolicyScheme(SignInScheme, "Cookie or API key", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeys.HeaderName) ? ApiKeyAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/denied";
            options.ExpireTimeSpan = TimeSpan.FromDays(7);
            options.SlidingExpiration = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
            // The API answers with status codes; only pages redirect to the sign-in page.
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        // Locking, deleting, a role change or a new password change the account's security stamp; open sessions
        // notice within a minute (cookies on the app's clock, open pages by their own check).
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = SessionRevalidatingAuthenticationStateProvider.Interval);
        services.AddScoped<AuthenticationStateProvider, SessionRevalidatingAuthenticationStateProvider>();
        services.AddAuthorization(Policies.AddPolicies);
        services.AddCascadingAuthenticationState();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
            RateLimits.Configure(options, configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new()));
        return services;
    }

    private static Task ApiAwareRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi") || context.Request.Path.StartsWithSegments("/metrics"))
        {
            context.Response.StatusCode = status;
            return Results.Problem(statusCode: status,
                title: status == StatusCodes.Status401Unauthorized ? "Sign-in or API key required" : "Not allowed",
                detail: $"Send a valid key in the {ApiKeys.HeaderName} header, or sign in with a role that allows this.").ExecuteAsync(context.HttpContext);
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
