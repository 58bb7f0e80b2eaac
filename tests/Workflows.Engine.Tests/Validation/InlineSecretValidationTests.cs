using Workflows.Engine.Model;
using Workflows.Engine.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Validation;

/// <summary>A workflow's own secret that this installation cannot open is an error that says to enter it again.</summary>
public sealed class InlineSecretValidationTests
{
    private static ValidationReport Validate(string secretsJson) =>
        new WorkflowValidator(new GuideActions().Catalog(), secrets: new PrefixDecryptor()).Validate(WorkflowJson.Parse($$$"""
            { "name": "test", "config": { "secrets": {{{secretsJson}}} }, "steps": [
              { "stepSlug": "t", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "a" } },
              { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "auth": "{{secrets.apiKey}}" } },
                "nextSteps": { "error": "end" } } ] }
            """));

    [Fact]
    public void Validate_AcceptsASecret_ThisInstallationCanOpen()
    {
        var report = Validate($$"""{ "apiKey": { "kind": "inlineEncrypted", "cipherText": "{{PrefixDecryptor.Encrypt("k")}}" } }""");

        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Validate_AsksToEnterTheValueAgain_WhenTheSecretWasEncryptedElsewhere()
    {
        var report = Validate("""{ "apiKey": { "kind": "inlineEncrypted", "cipherText": "CfDJ8from-another-installation" } }""");

        var finding = Assert.Single(report.Errors);
        Assert.Equal((FindingCodes.UnreadableSecret, null), (finding.Code, finding.StepSlug));
        Assert.Contains("\"apiKey\"", finding.Message);
        Assert.Contains("Enter its value again", finding.Message);
        Assert.DoesNotContain("cipherText", finding.Message);
    }

    [Theory]
    [InlineData("\"sk_live_in_clear\"")]
    [InlineData("""{ "kind": "inlineEncrypted" }""")]
    [InlineData("""{ "kind": "vault", "cipherText": "x" }""")]
    public void Validate_RefusesASecretWithoutAnEncryptedValue(string entry)
    {
        var report = Validate($$"""{ "apiKey": {{entry}} }""");

        var finding = Assert.Single(report.Errors);
        Assert.Equal(FindingCodes.InvalidSecret, finding.Code);
        Assert.Contains("\"apiKey\"", finding.Message);
    }

    [Fact]
    public void Validate_LeavesCipherTextsUnchecked_WithoutKeys()
    {
        var report = new WorkflowValidator(new GuideActions().Catalog()).Validate(WorkflowJson.Parse("""
            { "name": "test", "config": { "secrets": { "apiKey": { "kind": "inlineEncrypted", "cipherText": "made-elsewhere" } } }, "steps": [
              { "stepSlug": "t", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "end" } } ] }
            """));

        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCodes.UnreadableSecret);
    }
}
