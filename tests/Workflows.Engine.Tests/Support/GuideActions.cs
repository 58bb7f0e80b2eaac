using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Runtime.Actions.ActionParameter;

namespace Workflows.Engine.Tests.Support;

/// <summary>
/// The actions the user guide's workflows call, declared under both of the guide's spellings, with
/// plausible outputs. The host's real actions take their place in production.
/// </summary>
public sealed class GuideActions
{
    public static readonly JsonArray Customers = new(
        Customer("cust_1", "ada@example.com", "Ada Lovelace", 1500),
        Customer("cust_2", "alan@gmail.com", "Alan Turing", 200));

    public GuideActions()
    {
        CustomerGet = new(Declare("customer.get_by_id", "customer", Effect.ReadsData, ["customer_get"],
            Mandatory("customerId", ParameterType.String, "the customer's id")),
            call => Customer(call.GetString("customerId") ?? "?", "john@example.com", "John Doe", 1500));
        CustomerSearch = new(Declare("customer_search", "customer", Effect.ReadsData, ["customer.query"],
            Optional("status", ParameterType.String, "status to match"),
            Optional("limit", ParameterType.Number, "most customers to return")),
            new JsonObject { ["customers"] = Customers.DeepClone() });
        CustomerOrders = new(Declare("customer_orders", "customer", Effect.ReadsData, ["customer.orders"],
            Mandatory("customerId", ParameterType.String, "the customer's id"),
            Optional("limit", ParameterType.Number, "most orders to return")),
            new JsonObject { ["orders"] = new JsonArray(new JsonObject { ["_id"] = "ord_1", ["total"] = 120 }) });
        CustomerUpdate = new(Declare("customer_update", "customer", Effect.WritesData, ["customer.update"],
            Mandatory("customerId", ParameterType.String, "the customer's id")) with { AcceptsAnyParameters = true },
            call => new JsonObject { ["updated"] = true, ["customerId"] = call.GetString("customerId") });
        EmailSend = new(Declare("email_send", "email", Effect.SendsMessage, ["email.send"],
            Mandatory("to", ParameterType.String, "recipient address"),
            Mandatory("subject", ParameterType.String, "subject line"),
            Mandatory("body", ParameterType.String, "message text")),
            call => new JsonObject { ["sent"] = true, ["to"] = call.GetString("to") });
        ConversationSearch = new(Declare("conversation_search", "conversation", Effect.ReadsData, ["conversation.query"],
            Optional("status", ParameterType.String, "status to match"),
            Optional("limit", ParameterType.Number, "most conversations to return")),
            new JsonObject
            {
                ["conversations"] = new JsonArray(
                    Conversation("conv_1", "Where is my order?"),
                    Conversation("conv_2", "Thanks, all good!")),
            });
        ConversationCreateDraft = new(Declare("conversation_create_draft", "conversation", Effect.WritesData, ["conversation.create_draft"],
            Mandatory("conversationId", ParameterType.String, "the conversation"),
            Mandatory("message", ParameterType.String, "the draft reply")),
            new JsonObject { ["draftId"] = "draft_1" });
        RecommendationCreate = new(Declare("recommendation_create", "recommendation", Effect.WritesData, ["recommendation.create"],
            Mandatory("customerId", ParameterType.String, "the customer's id"),
            Mandatory("products", ParameterType.Array, "recommended products")),
            new JsonObject { ["recommendationId"] = "rec_1" });
        ProductSearch = new(Declare("product_search", "product", Effect.ReadsData, ["product.query"]), new JsonObject { ["products"] = new JsonArray() });
        ProductGet = new(Declare("product_get", "product", Effect.ReadsData, ["product.get_by_id"],
            Mandatory("productId", ParameterType.String, "the product's id")),
            new JsonObject { ["id"] = "prod_001", ["name"] = "Espresso Beans" });
        SegmentCustomer = new(Declare("data.segment_customer", "data", Effect.ReadsData, [],
            Mandatory("customerId", ParameterType.String, "the customer's id")),
            new JsonObject { ["segment"] = "VIP" });
        CrmUpdate = new(Declare("crm.update", "customer", Effect.WritesData, [],
            Mandatory("customerId", ParameterType.String, "the customer's id")) with { AcceptsAnyParameters = true },
            new JsonObject { ["updated"] = true });
        ApplyReward = new(Declare("customer.apply_reward", "customer", Effect.WritesData, [],
            Mandatory("customerId", ParameterType.String, "the customer's id")) with { AcceptsAnyParameters = true },
            new JsonObject { ["rewardId"] = "rwd_1" });
        NotifyAccountManager = new(Declare("account_manager.notify", "customer", Effect.SendsMessage, [],
            Mandatory("customerId", ParameterType.String, "the customer's id"),
            Mandatory("subject", ParameterType.String, "subject line"),
            Mandatory("body", ParameterType.String, "message text")),
            new JsonObject { ["messageId"] = "msg_1" });
    }

    public ScriptedAction CustomerGet { get; }

    public ScriptedAction CustomerSearch { get; }

    public ScriptedAction CustomerOrders { get; }

    public ScriptedAction CustomerUpdate { get; }

    public ScriptedAction EmailSend { get; }

    public ScriptedAction ConversationSearch { get; }

    public ScriptedAction ConversationCreateDraft { get; }

    public ScriptedAction RecommendationCreate { get; }

    /// <summary>Only offered to LLM steps as tools in the guide's Pattern 2.</summary>
    public ScriptedAction ProductSearch { get; }

    public ScriptedAction ProductGet { get; }

    /// <summary>The host's actions that the shipped approval templates (override segmentation, dispute resolution) call.</summary>
    public ScriptedAction SegmentCustomer { get; }

    public ScriptedAction CrmUpdate { get; }

    public ScriptedAction ApplyReward { get; }

    public ScriptedAction NotifyAccountManager { get; }

    public IEnumerable<IActionHandler> Handlers =>
    [
        CustomerGet, CustomerSearch, CustomerOrders, CustomerUpdate, EmailSend,
        ConversationSearch, ConversationCreateDraft, RecommendationCreate, ProductSearch, ProductGet, new SetVariablesAction(),
        SegmentCustomer, CrmUpdate, ApplyReward, NotifyAccountManager,
    ];

    public ActionCatalog Catalog() => new(Handlers);

    public static JsonObject Customer(string id, string email, string name, double totalSpent) => new()
    {
        ["_id"] = id,
        ["email"] = email,
        ["name"] = name,
        ["totalSpent"] = totalSpent,
        ["tags"] = new JsonArray("newsletter"),
    };

    private static JsonObject Conversation(string id, string lastMessage) => new()
    {
        ["_id"] = id,
        ["lastMessage"] = lastMessage,
        ["messages"] = new JsonArray(lastMessage),
    };

    private static ActionDeclaration Declare(string name, string category, Effect effect, string[] aliases, params ActionParameter[] parameters) =>
        new(name, category, $"Test double for {name}.", parameters) { Effect = effect, Aliases = aliases };
}
