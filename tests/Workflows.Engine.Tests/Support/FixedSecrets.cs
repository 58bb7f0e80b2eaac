using Workflows.Engine.Runtime;

namespace Workflows.Engine.Tests.Support;

/// <summary>A secret store with fixed, already decrypted values.</summary>
public sealed class FixedSecrets(IReadOnlyDictionary<string, string> secrets) : ISecretResolver
{
    public IReadOnlyDictionary<string, string> Resolve(ExecutionState state) => secrets;
}
