namespace Workflows.Blazor.Data.Entities;

/// <summary>A setting changed in the app (email provider, SMS provider, AI provider), as JSON; secrets in it are stored separately.</summary>
public sealed class AppSettingEntity
{
    public required string Key { get; set; }

    public required string ValueJson { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
