using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Runtime;

/// <summary>The user guide's workflow-level secrets: <c>config.secrets.apiKey = { kind: 'inlineEncrypted', cipherText }</c>.</summary>
public sealed class InlineSecretTests
{
    private const string Inline = "sk_inline_5d2e91";
    private const string Stored = "sk_stored_77a0c4";

    private static TestEngine Engine(IReadOnlyDictionary<string, string> stored) =>
        new() { Secrets = new WorkflowSecrets(new FixedSecrets(stored), new PrefixDecryptor()) };

    private static ScriptedAction Echo() =>
        new(new ActionDeclaration("http_call", "test", "echoes its parameters", []) { Effect = Effect.CallsOut, AcceptsAnyParameters = true }, call => call.Parameters.DeepClone());

    private static WorkflowDefinition Calling(string template, string secretsJson) => WorkflowJson.Parse($$"""
        {
          "name": "Call the CRM",
          "config": { "secrets": {{secretsJson}} },
          "steps": [ { "stepSlug": "call", "stepType": "action", "config": { "type": "http_call", "parameters": { "authorization": "{{template}}" } } } ]
        }
        """);

    private static string Entry(string cipherText) => $$"""{ "kind": "inlineEncrypted", "cipherText": "{{cipherText}}" }""";

    [Fact]
    public async Task Run_UsesTheWorkflowsOwnSecret_BeforeTheStoresOfTheSameName()
    {
        var engine = Engine(new Dictionary<string, string> { ["apiKey"] = Stored });
        var echo = Echo();
        engine.ExtraActions.Add(echo);

        await engine.RunAsync(Calling("Bearer {{secrets.apiKey}}", $$"""{ "apiKey": {{Entry(PrefixDecryptor.Encrypt(Inline))}} }"""));

        Assert.Equal("Bearer " + Inline, echo.Invocations.Single().Parameters["authorization"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_ReadsTheStoresSecret_WhenTheWorkflowHasNoneOfThatName()
    {
        var engine = Engine(new Dictionary<string, string> { ["crmToken"] = Stored });
        var echo = Echo();
        engine.ExtraActions.Add(echo);

        await engine.RunAsync(Calling("{{secrets.crmToken}}", $$"""{ "apiKey": {{Entry(PrefixDecryptor.Encrypt(Inline))}} }"""));

        Assert.Equal(Stored, echo.Invocations.Single().Parameters["authorization"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_MasksTheWorkflowsOwnSecret_InWhatItRecords()
    {
        var engine = Engine(new Dictionary<string, string>());
        engine.ExtraActions.Add(Echo());

        var state = await engine.RunAsync(Calling("Bearer {{secrets.apiKey}}", $$"""{ "apiKey": {{Entry(PrefixDecryptor.Encrypt(Inline))}} }"""));

        var record = Assert.Single(engine.Journal.Records);
        Assert.Equal(ExecutionStatus.Completed, state.Status);
        Assert.Equal($"Bearer {SecretMasker.Placeholder}", record.Output!["authorization"]!.GetValue<string>());
        Assert.DoesNotContain(Inline, record.Input!.ToJsonString() + record.Output.ToJsonString());
    }

    [Fact]
    public async Task Run_KeepsOnlyTheCipherText_InItsState()
    {
        var engine = Engine(new Dictionary<string, string>());
        engine.ExtraActions.Add(Echo());

        var state = await engine.RunAsync(Calling("{{secrets.apiKey}}", $$"""{ "apiKey": {{Entry(PrefixDecryptor.Encrypt(Inline))}} }"""));

        Assert.Equal(PrefixDecryptor.Encrypt(Inline), state.InlineSecrets!["apiKey"]);
    }

    [Fact]
    public async Task Run_FailsNamingTheKnownSecrets_WhenNeitherTheWorkflowNorTheStoreHasIt()
    {
        var engine = Engine(new Dictionary<string, string> { ["crmToken"] = Stored });
        engine.ExtraActions.Add(Echo());

        var state = await engine.RunAsync(Calling("{{secrets.apiKye}}", $$"""{ "apiKey": {{Entry(PrefixDecryptor.Encrypt(Inline))}} }"""));

        Assert.Equal(ExecutionStatus.Failed, state.Status);
        Assert.Contains("apiKey", state.Error);
        Assert.DoesNotContain(Inline, state.Error);
    }

    [Fact]
    public async Task Run_FailsAsIfMissing_WhenTheWorkflowsSecretCannotBeOpened()
    {
        var engine = Engine(new Dictionary<string, string>());
        engine.ExtraActions.Add(Echo());

        var state = await engine.RunAsync(Calling("{{secrets.apiKey}}", $$"""{ "apiKey": {{Entry("made-elsewhere")}} }"""));

        Assert.Equal(ExecutionStatus.Failed, state.Status);
        Assert.Contains("apiKey", state.Error);
    }
}
