using System.Text.Json.Nodes;
using Workflows.Engine.Runtime;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Runtime;

/// <summary>The user guide's examples run end to end with scripted actions and a scripted model.</summary>
public sealed class GuideWorkflowRunTests
{
    private static readonly JsonObject Input = new() { ["customerId"] = "cust_456", ["orderId"] = "ord_1", ["complaint"] = "The grinder arrived broken." };

    /// <summary>The input the guide's own snippets read by bare name: <c>{{customer.age}}</c>, <c>{{products[0].name}}</c>, <c>{{#customers}}</c>.</summary>
    private static readonly JsonObject SnippetInput = (JsonObject)JsonNode.Parse("""
        {
          "customer": { "age": 34, "email": "ada@example.com", "tags": ["vip"], "profile": { "address": { "city": "Lyon" } } },
          "order": { "total": 150 },
          "products": [ { "name": "Lamp" }, { "name": "Desk" } ],
          "teamEmail": "team@example.com",
          "customers": [ { "name": "Ada", "email": "ada@example.com" }, { "name": "Alan", "email": "alan@example.com" } ]
        }
        """)!;

    private static JsonObject InputFor(string file) => file is "vip-order-check.json" or "customer-list-digest.json" ? SnippetInput : Input;

    private static TestEngine ScriptedEngine()
    {
        var engine = new TestEngine();
        engine.Llm
            .Answer("check_needs_reply", """{ "needsReply": true }""", """{ "needsReply": false }""")
            .Answer("generate_reply", "Thanks for writing, your order ships today.")
            .Answer("recommend_products", """{ "products": [ { "name": "Lamp" }, { "name": "Desk" } ] }""")
            .Answer("assess_customer", """{ "status": "at_risk" }""")
            .Answer("analyze_customer", "Buys every spring.")
            .Answer("recommend_actions", "1. Send a spring offer.");
        return engine;
    }

    public static TheoryData<string, ExecutionStatus> Expected() => new()
    {
        { "customer-list-digest.json", ExecutionStatus.Completed },
        { "dispute-resolution.json", ExecutionStatus.Waiting },
        { "override-segmentation.json", ExecutionStatus.Waiting },
        { "loop-email-each-customer.json", ExecutionStatus.Completed },
        { "pattern1-auto-reply.json", ExecutionStatus.Completed },
        { "pattern2-product-recommendations.json", ExecutionStatus.Completed },
        { "pattern3-assess-customer-health.json", ExecutionStatus.Completed },
        { "pattern4-customer-analysis.json", ExecutionStatus.Completed },
        { "pattern5-error-handling.json", ExecutionStatus.Completed },
        { "vip-offer-review.json", ExecutionStatus.Waiting },
        { "vip-order-check.json", ExecutionStatus.Completed },
        { "welcome-email.json", ExecutionStatus.Completed },
    };

    [Fact]
    public void Expected_CoversEveryGuideWorkflow()
    {
        Assert.Equal(GuideWorkflows.Names, Expected().Select(e => (string)e[0]).Order());
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task Run_ReachesItsEnd_ForEveryGuideWorkflow(string file, ExecutionStatus status)
    {
        var state = await ScriptedEngine().RunAsync(GuideWorkflows.Load(file), InputFor(file));

        Assert.True(status == state.Status, $"{state.Status} at {state.FailedStep}: {state.Error}");
    }

    [Fact]
    public async Task AutoReply_DraftsARepliesOnlyForConversationsThatNeedOne()
    {
        var engine = ScriptedEngine();

        await engine.RunAsync(GuideWorkflows.Load("pattern1-auto-reply.json"));

        var draft = Assert.Single(engine.Actions.ConversationCreateDraft.Invocations).Parameters;
        Assert.Equal("""{"conversationId":"conv_1","message":"Thanks for writing, your order ships today."}""", draft.ToJsonString());
        Assert.Equal("Conversation: [\"Where is my order?\"]", engine.Llm.Prompts[0].UserPrompt);
    }

    [Fact]
    public async Task ProductRecommendations_SavesTheModelsProductsAsAList()
    {
        var engine = ScriptedEngine();

        await engine.RunAsync(GuideWorkflows.Load("pattern2-product-recommendations.json"), Input);

        Assert.IsType<JsonArray>(engine.Actions.RecommendationCreate.Invocations[0].Parameters["products"]);
        Assert.Contains("\"name\":\"Lamp\"", engine.Actions.EmailSend.Invocations[0].Parameters["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task AssessCustomerHealth_UpdatesEveryCustomerWithTheModelsStatus()
    {
        var engine = ScriptedEngine();

        await engine.RunAsync(GuideWorkflows.Load("pattern3-assess-customer-health.json"));

        Assert.Equal(["cust_1:at_risk", "cust_2:at_risk"],
            engine.Actions.CustomerUpdate.Invocations.Select(i => $"{i.Parameters["customerId"]}:{i.Parameters["status"]}"));
    }

    [Fact]
    public async Task CustomerAnalysis_StoresBothAnswersAsVariables()
    {
        var state = await ScriptedEngine().RunAsync(GuideWorkflows.Load("pattern4-customer-analysis.json"), Input);

        Assert.Equal(("Buys every spring.", "1. Send a spring offer."),
            (state.Variables["analysis"]!.GetValue<string>(), state.Variables["recommendations"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ErrorHandling_MarksTheCustomerContacted_WhenTheEmailIsSent()
    {
        var engine = ScriptedEngine();

        await engine.RunAsync(GuideWorkflows.Load("pattern5-error-handling.json"), Input);

        var update = Assert.Single(engine.Actions.CustomerUpdate.Invocations).Parameters;
        Assert.True(update["emailSent"]!.GetValue<bool>());
        Assert.Equal(TestEngine.StartTime.ToString("O"), update["lastContactedAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task ErrorHandling_LogsTheFailure_WhenTheEmailFails()
    {
        var engine = ScriptedEngine();
        engine.Actions.EmailSend.FailWith = "invalid address";

        var state = await engine.RunAsync(GuideWorkflows.Load("pattern5-error-handling.json"), Input);

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        Assert.Empty(engine.Actions.CustomerUpdate.Invocations);
        Assert.Equal(("invalid address", "cust_456"), (state.Variables["errorMessage"]!.GetValue<string>(), state.Variables["customerId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task VipOrderCheck_ReadsTheGuidesBareNames_FromTheInput()
    {
        var state = await ScriptedEngine().RunAsync(GuideWorkflows.Load("vip-order-check.json"), SnippetInput);

        Assert.Equal("""{"city":"Lyon","firstProduct":"Lamp","contact":"ada@example.com"}""", state.Variables.ToJsonString());
    }

    [Fact]
    public async Task VipOrderCheck_StopsAtTheFirstConditionThatFails()
    {
        var input = (JsonObject)SnippetInput.DeepClone();
        input["order"]!["total"] = 80;

        var state = await ScriptedEngine().RunAsync(GuideWorkflows.Load("vip-order-check.json"), input);

        Assert.Equal(ExecutionStatus.Completed, state.Status);
        Assert.Empty(state.Variables);
    }

    [Fact]
    public async Task CustomerListDigest_WritesALinePerCustomer_FromTheSection()
    {
        var engine = ScriptedEngine();

        await engine.RunAsync(GuideWorkflows.Load("customer-list-digest.json"), SnippetInput);

        var email = Assert.Single(engine.Actions.EmailSend.Invocations).Parameters;
        Assert.Equal("team@example.com", email["to"]!.GetValue<string>());
        Assert.Equal(" Ada: ada@example.com  Alan: alan@example.com ", email["body"]!.GetValue<string>());
    }
}
