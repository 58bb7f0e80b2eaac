using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Tests.Support;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Engine.Tests.Editing;

public sealed class DataTreeTests
{
    private static readonly ActionCatalog Actions = new(
    [
        new ScriptedAction(new ActionDeclaration("customer.get_by_id", "Customers", "Gets a customer.", [])
        {
            Effect = Effect.ReadsData,
            Label = "Get customer",
            Aliases = ["customer_get"],
            Outputs = [Text("name", "Name", "Ana"), Text("email", "Email", "ana@example.com"), Number("totalSpent", "Total spent", "1250")],
        }, output: null),
        new ScriptedAction(new ActionDeclaration("customer.query", "Customers", "Searches customers.", [])
        {
            Effect = Effect.ReadsData,
            Label = "Search customers",
            Outputs = [List("customers", "Customers", [Text("email", "Email"), Number("totalSpent", "Total spent")]), Number("total", "How many matched")],
        }, output: null),
        new SetVariablesAction(),
    ]);

    private static IReadOnlyList<DataNode> Tree(string stepsJson, string slug) => DataTree.For(Flow.Steps(stepsJson), slug, Actions);

    private static DataNode At(IReadOnlyList<DataNode> tree, string path) => Assert.Single(DataTree.Flatten(tree), n => n.Path == path);

    private static bool Has(IReadOnlyList<DataNode> tree, string path) => DataTree.Flatten(tree).Any(n => n.Path == path);

    [Fact]
    public void For_GivesAnEarlierActionsDeclaredFields_WithLabelsAndTypes()
    {
        var tree = Tree("""
            [
              { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "lookup" } },
              { "stepSlug": "lookup", "stepType": "action", "config": { "type": "customer.get_by_id" }, "nextSteps": { "success": "send" } },
              { "stepSlug": "send", "stepType": "action", "config": { "type": "customer.get_by_id" } }
            ]
            """, "send");

        var lookup = At(tree, "steps.lookup.output");
        Assert.Equal("Get customer", lookup.Label);
        var spent = At(tree, "steps.lookup.output.totalSpent");
        Assert.Equal(("Total spent", DataType.Number, "1250", "lookup"), (spent.Label, spent.Type, spent.Example, spent.SourceStep));
        Assert.False(Has(tree, "steps.send.output"));
    }

    [Fact]
    public void For_OffersNoStepThatRunsAfter()
    {
        var tree = Tree("""
            [
              { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "lookup" } },
              { "stepSlug": "lookup", "stepType": "action", "config": { "type": "customer.get_by_id" } }
            ]
            """, "start");

        Assert.False(Has(tree, "steps.lookup.output"));
        Assert.Equal(["input", "$now"], tree.Select(n => n.Path));
    }

    [Fact]
    public void For_TypesTheRunInput_AsAManualTriggerDeclaresIt()
    {
        var tree = Tree("""
            [
              { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual",
                "inputFields": [ { "name": "customerId", "label": "Customer", "type": "text", "example": "cust_456" }, { "name": "budget", "type": "money" } ] },
                "nextSteps": { "success": "lookup" } },
              { "stepSlug": "lookup", "stepType": "action", "config": { "type": "customer.get_by_id" } }
            ]
            """, "lookup");

        Assert.Equal(("Customer", DataType.Text, "cust_456"), (At(tree, "input.customerId").Label, At(tree, "input.customerId").Type, At(tree, "input.customerId").Example));
        Assert.Equal(("Budget", DataType.Number), (At(tree, "input.budget").Label, At(tree, "input.budget").Type));
    }

    [Fact]
    public void For_LearnsAWebhooksInput_FromItsSamplePayload()
    {
        var tree = Tree("""
            [
              { "stepSlug": "start", "stepType": "trigger", "config": { "type": "webhook", "path": "orders",
                "samplePayload": { "orderId": "o1", "total": 99.5, "paid": true, "placedAt": "2026-11-02T10:15:00Z", "customer": { "email": "a@b.c" }, "lines": [ { "sku": "X" } ] } },
                "nextSteps": { "success": "lookup" } },
              { "stepSlug": "lookup", "stepType": "action", "config": { "type": "customer.get_by_id" } }
            ]
            """, "lookup");

        Assert.Equal(DataType.Text, At(tree, "input.orderId").Type);
        Assert.Equal(DataType.Number, At(tree, "input.total").Type);
        Assert.Equal(DataType.Boolean, At(tree, "input.paid").Type);
        Assert.Equal(DataType.Date, At(tree, "input.placedAt").Type);
        Assert.Equal("Email", At(tree, "input.customer.email").Label);
        Assert.Equal(DataType.Text, At(tree, "input.lines[0].sku").Type);
        Assert.Equal("Placed at", At(tree, "input.placedAt").Label);
    }

    [Fact]
    public void For_TakesAWebhooksSample_OverFieldsLeftFromWhenItWasManual()
    {
        var tree = Tree("""
            [
              { "stepSlug": "start", "stepType": "trigger", "config": { "type": "webhook", "path": "/orders",
                "inputFields": [ { "name": "customerId", "label": "Customer" } ], "samplePayload": { "orderId": "o1" } },
                "nextSteps": { "success": "lookup" } },
              { "stepSlug": "lookup", "stepType": "action", "config": { "type": "customer.get_by_id" } }
            ]
            """, "lookup");

        Assert.Equal(["input.orderId"], At(tree, "input").Children.Select(c => c.Path));
    }

    [Fact]
    public void For_TakesAManualTriggersDeclaredFields_OverASampleLeftFromWhenItWasAWebhook()
    {
        var tree = Tree("""
            [
              { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual",
                "inputFields": [ { "name": "customerId", "label": "Customer" } ], "samplePayload": { "orderId": "o1" } },
                "nextSteps": { "success": "lookup" } },
              { "stepSlug": "lookup", "stepType": "action", "config": { "type": "customer.get_by_id" } }
            ]
            """, "lookup");

        Assert.Equal(["input.customerId"], At(tree, "input").Children.Select(c => c.Path));
    }

    [Fact]
    public void For_UsesAnLlmStepsDeclaredSchema_InJsonMode()
    {
        var tree = Tree("""
            [
              { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "score" } },
              { "stepSlug": "score", "stepType": "llm", "config": { "systemPrompt": "Score", "outputFormat": "json",
                "outputSchema": { "type": "object", "properties": { "score": { "type": "number", "title": "Lead score" }, "reasons": { "type": "array", "items": { "type": "string" } } } } },
                "nextSteps": { "success": "next" } },
              { "stepSlug": "next", "stepType": "wait", "config": { "duration": "1 day" } }
            ]
            """, "next");

        Assert.Equal(("Lead score", DataType.Number), (At(tree, "steps.score.output.score").Label, At(tree, "steps.score.output.score").Type));
        Assert.Equal(DataType.List, At(tree, "steps.score.output.reasons").Type);
    }

    [Fact]
    public void For_InfersAnLlmStepsShape_FromItsTestOutput_WhenNoSchemaIsDeclared()
    {
        var tree = Tree("""
            [
              { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "score" } },
              { "stepSlug": "score", "stepType": "llm", "config": { "systemPrompt": "Score", "outputFormat": "json", "testOutput": { "tier": "gold", "score": 7 } },
                "nextSteps": { "success": "next" } },
              { "stepSlug": "next", "stepType": "wait", "config": { "duration": "1 day" } }
            ]
            """, "next");

        Assert.Equal(DataType.Text, At(tree, "steps.score.output.tier").Type);
        Assert.Equal(("7", DataType.Number), (At(tree, "steps.score.output.score").Example, At(tree, "steps.score.output.score").Type));
    }

    [Fact]
    public void For_GivesALoopsItem_TheShapeOfItsListsItems()
    {
        var tree = Tree("""
            [
              { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "find" } },
              { "stepSlug": "find", "stepType": "action", "config": { "type": "customer.query" }, "nextSteps": { "success": "each" } },
              { "stepSlug": "each", "stepType": "loop", "config": { "items": "{{steps.find.output.customers}}", "itemVariable": "customer" }, "nextSteps": { "next": "note" } },
              { "stepSlug": "note", "stepType": "action", "config": { "type": "customer.get_by_id" } }
            ]
            """, "note");

        var item = At(tree, "loop.item");
        Assert.Equal("Current customer", item.Label);
        Assert.Equal(["loop.item.email", "loop.item.totalSpent"], item.Children.Select(c => c.Path));
        Assert.Equal(DataType.Number, At(tree, "loop.item.totalSpent").Type);
    }

    [Fact]
    public void For_DeclaresTheVariablesASetVariablesStepSets()
    {
        var tree = Tree("""
            [
              { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "remember" } },
              { "stepSlug": "remember", "stepType": "action", "config": { "type": "set_variables", "parameters": { "discount": 20, "code": "VIP20", "email": "{{input.email}}" } },
                "nextSteps": { "success": "next" } },
              { "stepSlug": "next", "stepType": "wait", "config": { "duration": "1 day" } }
            ]
            """, "next");

        Assert.Equal(DataType.Number, At(tree, "variables.discount").Type);
        Assert.Equal(DataType.Text, At(tree, "variables.code").Type);
        Assert.Equal(DataType.Any, At(tree, "variables.email").Type);
        Assert.Equal(DataType.Number, At(tree, "steps.remember.output.discount").Type);
    }

    [Fact]
    public void For_GivesAnApprovalsReviewerAnswers_FromItsFormFields()
    {
        var tree = DataTree.For(GuideWorkflows.Load("vip-offer-review.json"), "send_vip_offer", Actions);

        var offer = At(tree, "steps.review_vip_offer.output.fields.offerValue");
        Assert.Equal(("Offer value (%)", DataType.Number, "20"), (offer.Label, offer.Type, offer.Example));
    }

    [Fact]
    public void For_OffersInputFieldsTheWorkflowAlreadyReads_WhenTheTriggerDeclaresNone()
    {
        var tree = DataTree.For(GuideWorkflows.Load("vip-offer-review.json"), "check_vip", Actions);

        var customerId = At(tree, "input.customerId");
        Assert.Equal("Customer ID", customerId.Label);
        Assert.Equal("Get customer", At(tree, "steps.get_customer.output").Label);
    }

    [Fact]
    public void Describe_ReadsAPathAsItsLabels()
    {
        var tree = DataTree.For(GuideWorkflows.Load("vip-offer-review.json"), "send_vip_offer", Actions);

        Assert.Equal("Get customer › Email", DataTree.Describe(tree, "steps.get_customer.output.email"));
        Assert.Equal("Run input › Customer ID", DataTree.Describe(tree, "input.customerId"));
        Assert.Null(DataTree.Describe(tree, "steps.nowhere.output"));
    }
}
