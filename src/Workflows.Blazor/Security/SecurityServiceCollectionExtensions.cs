using Microsoft.AspNetCore.DataProtection;
using Workflows.Blazor.Data;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>API keys, and secrets encrypted with data-protection keys kept beside the database.</summary>
    public static IServiceCollection AddSecurity(this IServiceCollection services, DatabaseLocation database)
    {
        services.AddDataProtection()
            .SetApplicationName("Workflows.Blazor")
            .PersistKeysToFileSystem(new DirectoryInfo(database.KeysFolder));
        services.AddSingleton<ApiKeys>();
        services.AddSingleton<ApiKeyFilter>();
        services.AddSingleton<SecretStore>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<ISecretResolver>(provider => provider.GetRequiredService<SecretStore>());
        return services;
    }

}
