namespace Workflows.Blazor.Data;

/// <summary>Readies the provider's database (created or migrated) before anything else uses it.</summary>
public interface IDatabaseInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken = default);
}
