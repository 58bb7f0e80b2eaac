namespace Workflows.Engine.Runtime;

/// <summary>For runs with no secret store, such as the command line validating a file.</summary>
public sealed class NoSecrets : ISecretResolver
{
    public static NoSecrets Instance { get; } = new();

    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Resolve(ExecutionState state) => None;
}
