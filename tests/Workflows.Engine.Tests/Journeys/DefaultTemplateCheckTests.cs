using Workflows.Engine.Journeys;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Engine.Tests.Journeys;

/// <summary>Templates in an allowed action's defaults are checked on save against what a journey's action can read.</summary>
public sealed class DefaultTemplateCheckTests
{
    private static IReadOnlyList<string> Problems(string defaults) =>
        JourneyChecks.Problems(JourneyJson.Parse($$"""
            { "name": "n", "policy": "p", "context": { "product": "Desk" },
              "actions": [ { "action": "email_send", "defaults": {{defaults}} } ] }
            """), name => new ActionDeclaration(name, "test", "d", []) { Effect = Effect.CallsOut });

    [Theory]
    [InlineData("""{ "to": "{{input.contact.email}}" }""")]
    [InlineData("""{ "to": "{{contact.email}}" }""")]
    [InlineData("""{ "subject": "About the {{input.context.product}}", "body": "{{context.product}} at {{$now}}" }""")]
    public void Problems_AcceptTemplates_ThatReadTheContactOrTheStartingContext(string defaults)
    {
        Assert.Empty(Problems(defaults));
    }

    [Fact]
    public void Problems_NameTheDefault_ThatReadsSomethingAJourneyDoesNotHave()
    {
        var problem = Assert.Single(Problems("""{ "to": "{{customer.email}}" }"""));

        Assert.StartsWith("email_send: the default for to reads {{customer.email}}", problem);
        Assert.Contains("{{input.contact.email}}", problem);
    }

    [Fact]
    public void Problems_NameTheContextField_TheStartingContextLacks()
    {
        var problem = Assert.Single(Problems("""{ "subject": "{{input.context.coupon}}" }"""));

        Assert.Contains("no 'coupon'", problem);
    }

    [Fact]
    public void Problems_ReportATemplateThatDoesNotParse()
    {
        var problem = Assert.Single(Problems("""{ "body": "{{#open}} never closed" }"""));

        Assert.Contains("not a valid template", problem);
    }
}
