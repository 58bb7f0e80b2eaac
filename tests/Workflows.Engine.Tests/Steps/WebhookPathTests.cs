using Workflows.Engine.Model;
using Workflows.Engine.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Steps;

/// <summary>The one webhook path rule, as the validator applies it to what the user guide writes and to what the server would never serve.</summary>
public sealed class WebhookPathTests
{
    private static readonly WorkflowValidator Validator = new(new GuideActions().Catalog());

    [Fact]
    public void GuideExample_Validates_AsTheGuideWritesIt()
    {
        // The user guide's "Webhook Triggers" example, word for word.
        var report = Validator.Validate(WithPath("/webhooks/new-order"));

        Assert.DoesNotContain(report.Findings, f => f.Field == "config.path");
        Assert.Equal("/webhooks/new-order", WebhookPaths.Example);
    }

    [Theory]
    [InlineData("/webhooks/orders/new")]
    [InlineData("/webhooks/order_created-v2")]
    public void WebhookPath_Validates_WhenItIsUnderTheWebhooksAddress(string path) =>
        Assert.DoesNotContain(Validator.Validate(WithPath(path)).Findings, f => f.Field == "config.path");

    [Theory]
    [InlineData("/orders", "/webhooks/orders")]
    [InlineData("/hooks/orders", "/webhooks/orders")]
    [InlineData("webhooks/orders", "/webhooks/orders")]
    [InlineData("/webhooks/", null)]
    [InlineData("/webhooks/new order", null)]
    [InlineData("/webhooks/../admin", null)]
    [InlineData("/webhooks/orders?x=1", null)]
    public void WebhookPath_IsRefused_WhenTheServerWouldNeverServeIt(string path, string? suggestion)
    {
        var finding = Assert.Single(Validator.Validate(WithPath(path)).Findings, f => f.Field == "config.path");

        Assert.Equal(FindingCodes.InvalidWebhookPath, finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains($"e.g. \"{suggestion ?? WebhookPaths.Example}\"", finding.Message);
    }

    [Fact]
    public void WebhookPath_IsMissingConfig_WhenAbsent()
    {
        var finding = Assert.Single(Validator.Validate(WithPath(null)).Findings, f => f.Field == "config.path");

        Assert.Equal(FindingCodes.MissingConfig, finding.Code);
        Assert.Contains(WebhookPaths.Example, finding.Message);
    }

    private static WorkflowDefinition WithPath(string? path) => Flow.Steps($$"""
        [ { "stepSlug": "start", "stepType": "trigger", "config": { "type": "webhook"{{(path is null ? "" : $", \"path\": \"{path}\"")}} }, "nextSteps": { "success": "done" } },
          { "stepSlug": "done", "stepType": "action", "config": { "type": "set_variables", "parameters": { "ok": true } }, "nextSteps": { "error": "end" } } ]
        """);
}
