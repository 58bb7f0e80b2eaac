using Workflows.Engine.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Validation;

/// <summary>The guide's best practices are warnings: keys kept as secrets, loops at most three deep, bounded list queries.</summary>
public sealed class BestPracticeWarningTests
{
    private const string Trigger = """{ "stepSlug": "t", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "a" } }""";

    private static ValidationReport Validate(string steps) => new WorkflowValidator(new GuideActions().Catalog()).Validate(Flow.Steps(steps));

    private static ValidationReport WithParameter(string name, string value) => Validate($$"""
        [ {{Trigger}}, { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "{{name}}": "{{value}}" } }, "nextSteps": { "error": "end" } } ]
        """);

    [Theory]
    [InlineData("password", "hunter22")]
    [InlineData("api_key", "abcd1234")]
    [InlineData("X-Api-Key", "abcd1234")]
    [InlineData("authorization", "Bearer abc")]
    [InlineData("note", "use sk_live_4eC39HqLyjWDarjtT1zdp7dc")]
    [InlineData("note", "AKIAIOSFODNN7EXAMPLE")]
    [InlineData("url", "https://admin:s3cret@example.com/api")]
    [InlineData("header", "Bearer eyJhbGciOiJIUzI1NiJ9.payload")]
    public void Validate_WarnsOfACredentialInClear(string name, string value)
    {
        var report = WithParameter(name, value);

        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.CredentialInClear);
        Assert.Equal((FindingSeverity.Warning, $"config.parameters.{name}"), (finding.Severity, finding.Field));
        Assert.Contains("{{secrets.name}}", finding.Message);
        Assert.True(report.IsValid);
    }

    [Theory]
    [InlineData("apiKey", "{{secrets.apiKey}}")]
    [InlineData("authorization", "Bearer {{secrets.token}}")]
    [InlineData("maxTokens", "500 words")]
    [InlineData("password", "")]
    [InlineData("note", "Ask for the customer's password reset")]
    public void Validate_DoesNotWarn_OfASecretReadByNameOrAnOrdinaryValue(string name, string value)
    {
        Assert.DoesNotContain(WithParameter(name, value).Findings, f => f.Code == FindingCodes.CredentialInClear);
    }

    [Fact]
    public void Validate_AcceptsLoopsThreeDeep()
    {
        Assert.DoesNotContain(Validate(FindingCodeTests.NestedLoops(3)).Findings, f => f.Code == FindingCodes.LoopsNestedTooDeep);
    }

    [Fact]
    public void Validate_WarnsOnEachLoop_BeyondThreeDeep()
    {
        var report = Validate(FindingCodeTests.NestedLoops(5));

        Assert.True(report.IsValid, string.Join("\n", report.Errors));
        Assert.Equal(["l4", "l5"], report.Warnings.Where(f => f.Code == FindingCodes.LoopsNestedTooDeep).Select(f => f.StepSlug));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(", \"limit\": 5000", true)]
    [InlineData(", \"limit\": 1000", false)]
    [InlineData(", \"limit\": \"{{input.howMany}}\"", false)]
    public void Validate_WarnsOfALoopOverAListQuery_WithoutABoundedLimit(string limit, bool warns)
    {
        var report = Validate($$$"""
            [ {{{Trigger}}},
              { "stepSlug": "a", "stepType": "action", "config": { "type": "customer_search", "parameters": { "status": "active"{{{limit}}} } }, "nextSteps": { "success": "each", "error": "end" } },
              { "stepSlug": "each", "stepType": "loop", "config": { "items": "{{steps.a.output.customers}}" }, "nextSteps": { "next": "b", "done": "end" } },
              { "stepSlug": "b", "stepType": "action", "config": { "type": "set_variables" }, "nextSteps": { "success": "each", "error": "end" } } ]
            """);

        Assert.Equal(warns, report.Warnings.Any(f => f.Code == FindingCodes.UnboundedListQuery && f.StepSlug == "a" && f.Field == "config.parameters.limit"));
    }

    [Fact]
    public void Validate_DoesNotWarn_OfAListQueryThatNoLoopGoesThrough()
    {
        var report = Validate($$"""
            [ {{Trigger}}, { "stepSlug": "a", "stepType": "action", "config": { "type": "customer_search", "parameters": { "status": "active" } }, "nextSteps": { "error": "end" } } ]
            """);

        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCodes.UnboundedListQuery);
    }
}
