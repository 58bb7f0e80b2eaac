using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>
/// How a run's state is stored: with every secret value masked, so whatever reads the row (the API, the
/// pages, journeys) sees the mask. When masking changed anything, the clear state the run needs to go on
/// is kept beside it, encrypted with the data-protection keys, and only the runner opens it.
/// </summary>
public sealed class RunStateSerializer(ISecretResolver secrets, IDataProtectionProvider protection)
{
    private const string SealedProperty = "sealed";

    private readonly IDataProtector _protector = protection.CreateProtector("Workflows.RunState.v1");

    public string Serialize(ExecutionState state)
    {
        var json = RunnerJson.Serialize(state);
        var values = SecretValues(state);
        // Escaping is per character, so a secret inside any string shows up escaped the same way in the whole text.
        if (!values.Any(secret => json.Contains(JsonEncodedText.Encode(secret, RunnerJson.Options.Encoder).Value, StringComparison.Ordinal)))
        {
            return json;
        }
        var shown = SecretMasker.Mask(JsonNode.Parse(json), values)!.AsObject();
        shown[SealedProperty] = _protector.Protect(json);
        return shown.ToJsonString(RunnerJson.Options);
    }

    /// <summary>The state as the run itself needs it, secrets in clear: for the runner and for commands that change the run.</summary>
    public ExecutionState DeserializeToRun(string json) =>
        JsonNode.Parse(json)?[SealedProperty] is JsonValue sealedState && sealedState.TryGetValue(out string? text)
            ? RunnerJson.DeserializeState(_protector.Unprotect(text))
            : RunnerJson.DeserializeState(json);

    /// <summary>Run data stored outside the state (an inbox item's data, a run's input) with the run's secrets masked.</summary>
    public JsonNode? Mask(ExecutionState state, JsonNode? value) => SecretMasker.Mask(value, SecretValues(state));

    private List<string> SecretValues(ExecutionState state) => [.. secrets.Resolve(state).Values.Where(v => v.Length > 0)];
}
