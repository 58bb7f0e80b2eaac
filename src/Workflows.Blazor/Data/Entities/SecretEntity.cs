namespace Workflows.Blazor.Data.Entities;

/// <summary>A named secret, encrypted with the app's data-protection keys; read as <c>{{secrets.name}}</c>.</summary>
public sealed class SecretEntity
{
    public required string Name { get; set; }

    public required string ProtectedValue { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
