using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Actions;

public sealed class ConversationActionTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    [Fact]
    public async Task ConversationSearch_FindsOpenConversations_WithMessagesAndTheLastOne_AsPattern1Reads()
    {
        var result = await app.Factory.OutputOfAsync("conversation_search", new JsonObject { ["status"] = "open", ["limit"] = 10 });

        var conversations = result["conversations"]!.AsArray();
        Assert.InRange(conversations.Count, 1, 10);
        Assert.All(conversations, c =>
        {
            Assert.Equal("open", c!["status"]!.GetValue<string>());
            Assert.NotEmpty(c["messages"]!.AsArray());
            Assert.False(string.IsNullOrEmpty(c["lastMessage"]!.GetValue<string>()));
            Assert.StartsWith("conv_", c["_id"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task CreateDraft_SavesAnUnsentReply_ThatMessageQueriesHideByDefault()
    {
        var draft = await app.Factory.OutputOfAsync("conversation_create_draft", new JsonObject { ["conversationId"] = "conv_001", ["message"] = "We are on it!" });
        var visible = await app.Factory.OutputOfAsync("conversation.query_messages", new JsonObject { ["conversationId"] = "conv_001" });
        var all = await app.Factory.OutputOfAsync("conversation.query_messages", new JsonObject { ["conversationId"] = "conv_001", ["includeDrafts"] = true });

        Assert.True(draft["isDraft"]!.GetValue<bool>());
        Assert.DoesNotContain(visible["messages"]!.AsArray(), m => m!["body"]!.GetValue<string>() == "We are on it!");
        Assert.Contains(all["messages"]!.AsArray(), m => m!["body"]!.GetValue<string>() == "We are on it!");
    }

    [Fact]
    public async Task CreateFromEmail_LinksTheSender_WhenTheyAreACustomer()
    {
        var conversation = await app.Factory.OutputOfAsync("conversation.create_from_email", new JsonObject
        {
            ["from"] = "john@example.com", ["subject"] = "Grinder noise", ["body"] = "It squeaks.",
        });

        Assert.Equal(("cust_456", "open", "It squeaks."), (conversation["customerId"]!.GetValue<string>(),
            conversation["status"]!.GetValue<string>(), conversation["lastMessage"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ConversationUpdate_ResolvesAConversation()
    {
        var updated = await app.Factory.OutputOfAsync("conversation_update", new JsonObject { ["conversationId"] = "conv_002", ["status"] = "resolved" });

        Assert.Equal("resolved", updated["status"]!.GetValue<string>());
    }
}
