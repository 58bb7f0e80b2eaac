namespace Workflows.Engine.Runtime;

/// <summary>For runs with no secret store, such as the command line validating a file.</summary>
public sealed class NoSecrets : ISecretResolver
{
    public static NoSecrets Instance { get; } = new();

    public IReadOnlyDictionary<string, string> Resolve(ExecutionState state) => new Dictionary<string, string>();
}
