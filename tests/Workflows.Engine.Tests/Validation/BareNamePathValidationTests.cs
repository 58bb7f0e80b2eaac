using Workflows.Engine.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Validation;

/// <summary>
/// Every part of a bare path is checked against what is known of the value it names (the run input's sample, a loop's
/// items, a variable's value), naming the part that cannot exist; where nothing is known, nothing is reported.
/// </summary>
public sealed class BareNamePathValidationTests
{
    private const string SampledTrigger = """
        { "stepSlug": "start", "stepType": "trigger", "config": { "type": "webhook", "path": "/webhooks/guide", "samplePayload": {
            "customer": { "age": 30, "tags": [ "vip" ], "email": "ann@example.com", "profile": { "address": { "city": "Paris" } } },
            "order": { "total": 120 }, "products": [ { "name": "Mug" } ],
            "customers": [ { "name": "Ann", "email": "ann@example.com", "address": { "city": "Paris" } } ] } }, "nextSteps": { "success": "a" } }
        """;

    private const string UntypedTrigger = """
        { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual", "inputFields": [
            { "name": "customer", "type": "object" }, { "name": "customers" } ] }, "nextSteps": { "success": "a" } }
        """;

    private static ValidationReport Validate(string steps) => new WorkflowValidator(new GuideActions().Catalog()).Validate(Flow.Steps(steps));

    private static string Note(string text) =>
        $$"""{ "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "note": "{{text}}" } }, "nextSteps": { "error": "end" } }""";

    private static string Condition(string expression) =>
        $$"""{ "stepSlug": "a", "stepType": "condition", "config": { "expression": "{{expression}}" }, "nextSteps": { "true": "end", "false": "end" } }""";

    private static ValidationFinding SingleError(ValidationReport report)
    {
        var finding = Assert.Single(report.Errors);
        Assert.Equal(FindingCodes.UnknownVariable, finding.Code);
        return finding;
    }

    [Theory]
    [InlineData("{{customer.profile.address.city}}")]
    [InlineData("{{products[0].name}}")]
    [InlineData("{{#customers}} {{name}}: {{email}} {{/customers}}")]
    [InlineData("{{#customers}} {{name}} spent {{order.total}} {{/customers}}")]
    [InlineData("{{customer.tags.length}} tags, first {{customer.tags[0]}}")]
    [InlineData("{{^customer.vip}}Not a VIP yet{{/customer.vip}}")]
    public void Validate_AcceptsTheGuidesTemplates_WhenTheSampleHoldsEveryPart(string text)
    {
        var report = Validate($"[ {SampledTrigger}, {Note(text)} ]");

        Assert.True(report.IsValid, string.Join("\n", report.Errors));
    }

    [Fact]
    public void Validate_NamesTheMissingPart_WithDidYouMean_ForANestedInputField()
    {
        var finding = SingleError(Validate($"[ {SampledTrigger}, {Note("{{customer.profile.adress.city}}")} ]"));

        Assert.Contains("'customer.profile' has no 'adress' (did you mean 'address'?)", finding.Message);
        Assert.Contains("the run's input", finding.Message);
    }

    [Fact]
    public void Validate_NamesTheMissingPart_OfAListsItem()
    {
        var finding = SingleError(Validate($"[ {SampledTrigger}, {Note("{{products[0].nme}}")} ]"));

        Assert.Contains("'products[0]' has no 'nme' (did you mean 'name'?)", finding.Message);
    }

    [Fact]
    public void Validate_AsksForAnIndex_WhenAFieldIsReadOffAList()
    {
        var finding = SingleError(Validate($"[ {SampledTrigger}, {Note("{{products.name}}")} ]"));

        Assert.Contains("'products' is a list; use an index such as [0] before '.name'", finding.Message);
    }

    [Fact]
    public void Validate_NamesTheMissingField_OfASectionsItem()
    {
        var finding = SingleError(Validate($"[ {SampledTrigger}, {Note("{{#customers}} {{name}}: {{emial}} {{/customers}}")} ]"));

        Assert.Contains("no field of the section's item, loop item, variable or field of the run's input is named 'emial' (did you mean 'email'?)", finding.Message);
    }

    [Fact]
    public void Validate_NamesTheMissingPart_InsideASectionsItem()
    {
        var finding = SingleError(Validate($"[ {SampledTrigger}, {Note("{{#customers}}{{address.cty}}{{/customers}}")} ]"));

        Assert.Contains("'{{address.cty}}' does not exist in the items of 'customers': 'address' has no 'cty' (did you mean 'city'?)", finding.Message);
    }

    [Fact]
    public void Validate_NamesTheMissingPart_InTheGuidesCondition()
    {
        var finding = SingleError(Validate($"[ {SampledTrigger}, {Condition("{{customer.agee}} >= 18")} ]"));

        Assert.Contains("'customer' has no 'agee' (did you mean 'age'?)", finding.Message);
    }

    [Theory]
    [InlineData("{{customer.profile.address.city}}")]
    [InlineData("{{#customers}} {{name}}: {{anything.at.all}} {{/customers}}")]
    public void Validate_ReportsNothing_WhenTheShapeIsNotKnown(string text)
    {
        var report = Validate($"[ {UntypedTrigger}, {Note(text)} ]");

        Assert.True(report.IsValid, string.Join("\n", report.Errors));
    }

    [Fact]
    public void Validate_NamesTheMissingPart_OfALoopsItem()
    {
        var finding = SingleError(Validate($$$"""
            [ {{{SampledTrigger.Replace("\"success\": \"a\"", "\"success\": \"each\"")}}},
              { "stepSlug": "each", "stepType": "loop", "config": { "items": "{{input.customers}}", "itemVariable": "person" }, "nextSteps": { "next": "a" } },
              { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "to": "{{person.emial}}" } }, "nextSteps": { "success": "each" } } ]
            """));

        Assert.Contains("'person' has no 'emial' (did you mean 'email'?)", finding.Message);
        Assert.Contains("the loop's current person", finding.Message);
    }

    [Fact]
    public void Validate_NamesTheMissingPart_OfAVariablesValue()
    {
        var finding = SingleError(Validate("""
            [ { "stepSlug": "remember", "stepType": "action", "config": { "type": "set_variables", "parameters": { "tier": { "name": "gold", "discount": 10 } } }, "nextSteps": { "success": "a", "error": "end" } },
              { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "x": "{{tier.discont}}" } }, "nextSteps": { "error": "end" } } ]
            """));

        Assert.Contains("'tier' has no 'discont' (did you mean 'discount'?)", finding.Message);
    }

    [Fact]
    public void Validate_ReportsNothing_ForAVariableSetFromATemplate()
    {
        var report = Validate("""
            [ { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual", "inputFields": [ { "name": "customerId" } ] }, "nextSteps": { "success": "get_customer" } },
              { "stepSlug": "get_customer", "stepType": "action", "config": { "type": "customer_get", "parameters": { "customerId": "{{input.customerId}}" } }, "nextSteps": { "success": "remember", "error": "end" } },
              { "stepSlug": "remember", "stepType": "action", "config": { "type": "set_variables", "parameters": { "customer": "{{steps.get_customer.output}}" } }, "nextSteps": { "success": "a", "error": "end" } },
              { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "x": "{{customer.profile.city}}" } }, "nextSteps": { "error": "end" } } ]
            """);

        Assert.True(report.IsValid, string.Join("\n", report.Errors));
    }
}
