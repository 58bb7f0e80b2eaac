using Workflows.Engine.Editing;
using Workflows.Engine.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Validation;

/// <summary>The guide's bare names pass when a loop item, a variable or an input field supplies them, and only then.</summary>
public sealed class BareNameValidationTests
{
    private const string Trigger = """
        { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual", "inputFields": [
            { "name": "customer", "type": "object" }, { "name": "order", "type": "object" },
            { "name": "products", "type": "list" }, { "name": "customers", "type": "list" } ] }, "nextSteps": { "success": "a" } }
        """;

    private static ValidationReport Validate(string steps) => new WorkflowValidator(new GuideActions().Catalog()).Validate(Flow.Steps(steps));

    private static string Note(string text) =>
        $$"""{ "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "note": "{{text}}" } }, "nextSteps": { "error": "end" } }""";

    private static string Condition(string expression) =>
        $$"""{ "stepSlug": "a", "stepType": "condition", "config": { "expression": "{{expression}}" }, "nextSteps": { "true": "end", "false": "end" } }""";

    [Theory]
    [InlineData("{{customer.age}} >= 18")]
    [InlineData("{{order.total}} > 100")]
    [InlineData("{{customer.tags}} includes 'vip'")]
    public void Validate_AcceptsTheGuidesConditions_WhenTheInputHasTheField(string expression)
    {
        var report = Validate($"[ {Trigger}, {Condition(expression)} ]");

        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCodes.UnknownVariable);
    }

    [Theory]
    [InlineData("{{customer.profile.address.city}}")]
    [InlineData("{{products[0].name}}")]
    [InlineData("{{#customers}} {{name}}: {{email}} {{/customers}}")]
    [InlineData("Hello {{customer.email}}")]
    public void Validate_AcceptsTheGuidesTemplates_WhenTheInputHasTheField(string text)
    {
        var report = Validate($"[ {Trigger}, {Note(text)} ]");

        Assert.True(report.IsValid, string.Join("\n", report.Errors));
    }

    [Fact]
    public void Validate_AcceptsAVariable_SetByAnEarlierStep()
    {
        var report = Validate("""
            [ { "stepSlug": "remember", "stepType": "action", "config": { "type": "set_variables", "parameters": { "tier": "gold" } }, "nextSteps": { "success": "a", "error": "end" } },
              { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "x": "{{tier}}" } }, "nextSteps": { "error": "end" } } ]
            """);

        Assert.True(report.IsValid, string.Join("\n", report.Errors));
    }

    [Fact]
    public void Validate_RefusesAVariable_SetOnlyAfterTheStep()
    {
        var report = Validate("""
            [ { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "x": "{{tier}}" } }, "nextSteps": { "success": "remember", "error": "end" } },
              { "stepSlug": "remember", "stepType": "action", "config": { "type": "set_variables", "parameters": { "tier": "gold" } }, "nextSteps": { "error": "end" } } ]
            """);

        Assert.Equal(FindingCodes.UnknownVariable, Assert.Single(report.Errors).Code);
    }

    [Fact]
    public void Validate_KeepsTheGuidesVariableNotFoundTip_ForAStepsOutputWrittenBare()
    {
        var report = Validate("""
            [ { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual", "inputFields": [ { "name": "customerId" } ] }, "nextSteps": { "success": "get_customer" } },
              { "stepSlug": "get_customer", "stepType": "action", "config": { "type": "customer_get", "parameters": { "customerId": "{{input.customerId}}" } }, "nextSteps": { "success": "a", "error": "end" } },
              { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "to": "{{customer.email}}" } }, "nextSteps": { "error": "end" } } ]
            """);

        var finding = Assert.Single(report.Errors);
        Assert.Equal(FindingCodes.UnknownVariable, finding.Code);
        Assert.Contains("no loop item, variable or field of the run's input is named 'customer'", finding.Message);
        Assert.Contains("Did you mean {{steps.get_customer.output.email}}?", finding.Message);
    }

    [Fact]
    public void Validate_SuggestsTheInputField_ForAMistypedBareName()
    {
        var report = Validate($"[ {Trigger}, {Note("{{custmer.email}}")} ]");

        Assert.Contains("did you mean 'customer'?", Assert.Single(report.Errors).Message);
    }

    [Fact]
    public void Describe_NamesTheInputField_ForABareName()
    {
        var definition = Flow.Steps($"[ {Trigger}, {Note("{{customer.age}}")} ]");

        var tree = DataTree.For(definition, "a", new GuideActions().Catalog());

        Assert.Equal("Run input › Customer", DataTree.Describe(tree, "customer"));
        Assert.StartsWith("Run input › Customer", TemplateWording.Label("customer.age", tree));
    }
}
