namespace Workflows.Blazor.Tests.Architecture;

/// <summary>Code in the top-level folder <paramref name="From"/> of the app uses a type of the folder <paramref name="To"/>.</summary>
internal sealed record FolderEdge(string From, string To)
{
    public override string ToString() => $"{From} → {To}";
}
