using System.Text.Json.Nodes;

namespace Workflows.Engine.Model;

/// <summary>
/// A workflow's own secrets, as the user guide writes them:
/// <c>config.secrets.apiKey = { kind: 'inlineEncrypted', cipherText: '…' }</c>. Only the cipher text is ever in the workflow.
/// </summary>
public static class InlineSecrets
{
    public const string Kind = "inlineEncrypted";

    public const string ConfigKey = "secrets";

    /// <summary>Every entry under <c>config.secrets</c>, by name.</summary>
    public static IEnumerable<(string Name, string? CipherText)> Entries(WorkflowDefinition definition) =>
        definition.Config?[ConfigKey] is JsonObject secrets ? Entries(secrets) : [];

    /// <summary>Each entry of a <c>secrets</c> object, by name; the cipher text is null when the entry is not an inline encrypted secret.</summary>
    public static IEnumerable<(string Name, string? CipherText)> Entries(JsonObject secrets) =>
        secrets.Select(p => (p.Key, CipherTextOf(p.Value)));

    /// <summary>The cipher text of each well-formed entry, by name.</summary>
    public static Dictionary<string, string> CipherTexts(WorkflowDefinition definition) =>
        Entries(definition).Where(e => e.CipherText is not null).ToDictionary(e => e.Name, e => e.CipherText!, StringComparer.Ordinal);

    /// <summary>The entry the workflow stores for a value encrypted into <paramref name="cipherText"/>.</summary>
    public static JsonObject Entry(string cipherText) => new() { ["kind"] = Kind, ["cipherText"] = cipherText };

    private static string? CipherTextOf(JsonNode? entry) =>
        entry is JsonObject obj
            && obj["kind"] is JsonValue kind && kind.TryGetValue(out string? kindText) && kindText == Kind
            && obj["cipherText"] is JsonValue cipher && cipher.TryGetValue(out string? text) && text.Length > 0
            ? text
            : null;
}
