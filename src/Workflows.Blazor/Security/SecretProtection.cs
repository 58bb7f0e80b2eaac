using Microsoft.AspNetCore.DataProtection;

namespace Workflows.Blazor.Security;

/// <summary>How secret values are encrypted at rest: ASP.NET Core Data Protection under one purpose (keys beside the database).</summary>
public static class SecretProtection
{
    /// <summary>The data-protection purpose of secret values.</summary>
    public const string Purpose = "Workflows.Secrets.v1";

    public static IDataProtector For(IDataProtectionProvider protection) => protection.CreateProtector(Purpose);
}
