using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Validation;

public sealed class ValidationWordingTests
{
    private static ValidationReport Validate(string steps) => new WorkflowValidator(new GuideActions().Catalog()).Validate(Flow.Steps(steps));

    [Theory]
    [InlineData("""{ "stepSlug": "ask", "stepType": "approval", "config": {} }""", "An approval step needs a title.")]
    [InlineData("""{ "stepSlug": "think", "stepType": "llm", "config": {} }""", "An LLM step needs a system prompt.")]
    [InlineData("""{ "stepSlug": "each", "stepType": "loop", "config": {}, "nextSteps": { "next": "each" } }""", "A loop step needs items.")]
    [InlineData("""{ "stepSlug": "check", "stepType": "condition", "config": {} }""", "A condition step needs an expression.")]
    public void MissingConfigMessage_ReadsAsPlainEnglish_ForEachStepType(string step, string expected)
    {
        var report = Validate($"[ {step} ]");

        Assert.Contains(expected, report.Findings.Where(f => f.Code == FindingCodes.MissingConfig).Select(f => f.Message));
    }

    [Fact]
    public void UnknownPortMessage_UsesTheRightArticle_ForAnActionStep()
    {
        var report = Validate("""
            [ { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "x": 1 } }, "nextSteps": { "yes": "a" } } ]
            """);

        Assert.Contains(report.Findings, f => f.Code == FindingCodes.UnknownPort && f.Message.StartsWith("An action step has no 'yes' port", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingParameterMessage_NamesTheActionAndParameterByTheirLabels_AndKeepsItsCode()
    {
        var send = new ScriptedAction(new ActionDeclaration("email_send", "email", "Sends an email.",
            [ActionParameter.Mandatory("to", ParameterType.String, "The recipient's email address.") with { Label = "Recipient" }]) { Label = "Send email", Effect = Effect.SendsMessage }, new JsonObject());
        var report = new WorkflowValidator(new ActionCatalog([send])).Validate(Flow.Steps("""
            [ { "stepSlug": "send", "stepType": "action", "config": { "type": "email_send", "parameters": {} }, "nextSteps": { "error": "end" } } ]
            """));

        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.MissingParameter);
        Assert.Equal("Send email needs Recipient: the recipient's email address.", finding.Message);
        Assert.Equal("config.parameters.to", finding.Field);
    }

    [Fact]
    public void MissingParameterMessage_SaysTheParameterInWords_WhenItHasNoLabel()
    {
        var report = Validate("""
            [ { "stepSlug": "get", "stepType": "action", "config": { "type": "customer_orders", "parameters": {} }, "nextSteps": { "error": "end" } } ]
            """);

        Assert.Contains("customer_orders needs Customer ID: the customer's id.", report.Findings.Where(f => f.Code == FindingCodes.MissingParameter).Select(f => f.Message));
    }
}
