namespace Workflows.Engine.Runtime;

/// <summary>Gives a run its secrets by name, decrypted, for <c>{{secrets.name}}</c>.</summary>
public interface ISecretResolver
{
    IReadOnlyDictionary<string, string> Resolve(ExecutionState state);
}
