namespace Workflows.Blazor.Editor;

public static class EditorServiceCollectionExtensions
{
    /// <summary>What the workflow editor does to stored workflows beyond its in-memory session.</summary>
    public static IServiceCollection AddEditor(this IServiceCollection services) => services.AddSingleton<EditorRelease>();
}
