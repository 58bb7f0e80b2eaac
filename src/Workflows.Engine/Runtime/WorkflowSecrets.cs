namespace Workflows.Engine.Runtime;

/// <summary>
/// <c>{{secrets.name}}</c> as a run reads it: the workflow's own secret of that name first, then the secret store's.
/// Both kinds are among the values masked in what the run records.
/// </summary>
public sealed class WorkflowSecrets(ISecretResolver store, ISecretDecryptor decryptor) : ISecretResolver
{
    public IReadOnlyDictionary<string, string> Resolve(ExecutionState state)
    {
        var stored = store.Resolve(state);
        if (state.InlineSecrets is not { Count: > 0 } inline)
        {
            return stored;
        }
        var merged = new Dictionary<string, string>(stored, StringComparer.Ordinal);
        foreach (var (name, cipherText) in inline)
        {
            // One the installation cannot open is left out, so the step using it fails saying the secret is missing.
            if (decryptor.TryDecrypt(cipherText, out var value))
            {
                merged[name] = value;
            }
        }
        return merged;
    }
}
