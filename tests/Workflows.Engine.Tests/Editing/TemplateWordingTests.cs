using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Tests.Support;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Engine.Tests.Editing;

public sealed class TemplateWordingTests
{
    private static readonly ActionCatalog Actions = new(
    [
        new ScriptedAction(new ActionDeclaration("customer.get_by_id", "Customers", "Gets a customer.", [])
        {
            Effect = Effect.ReadsData,
            Label = "Get customer",
            Outputs = [Text("name", "Name", "Ana"), Number("totalSpent", "Total spent", "1250")],
        }, output: null),
    ]);

    private static readonly IReadOnlyList<DataNode> Data = DataTree.Whole(Flow.Steps("""
        [
          { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual", "inputFields": [ { "name": "customerId", "label": "Customer" } ] },
            "nextSteps": { "success": "get_customer" } },
          { "stepSlug": "get_customer", "stepType": "action", "config": { "type": "customer.get_by_id" }, "nextSteps": { "success": "review" } },
          { "stepSlug": "review", "stepType": "approval", "config": { "title": "Offer" } }
        ]
        """), Actions);

    [Theory]
    [InlineData("VIP offer for {{steps.get_customer.output.name}}", "VIP offer for Get customer › Name")]
    [InlineData("For {{ input.customerId }}", "For Run input › Customer")]
    [InlineData("Tier {{steps.get_customer.output.loyaltyTier}}", "Tier Get customer › Loyalty tier")]
    [InlineData("{{steps.get_customer.output}}", "Get customer")]
    [InlineData("Hi {{{steps.get_customer.output.name}}}!", "Hi Get customer › Name!")]
    [InlineData("{{#loop.item.tags}}{{.}}, {{/loop.item.tags}}", "Item,")]
    [InlineData("Line one\n  and {{steps.lost.output.email}}", "Line one and Email")]
    [InlineData("No tokens at all", "No tokens at all")]
    public void Plain_NamesEachInsertedPath_ByItsLabel(string text, string expected) =>
        Assert.Equal(expected, TemplateWording.Plain(text, Data));

    [Fact]
    public void Whole_OffersEveryStepsOutput_WhateverItsOrder()
    {
        Assert.Equal(["input", "steps.get_customer.output", "steps.review.output", "$now"], Data.Select(n => n.Path));
        Assert.Equal("Get customer › Total spent", DataTree.Describe(Data, "steps.get_customer.output.totalSpent"));
    }
}
