using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Tests.Actions;

public sealed class ActionCatalogTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    /// <summary>Every action name the user guide and seed 000 use, in each spelling they use.</summary>
    [Theory]
    [InlineData("customer_get"), InlineData("customer.get_by_id"), InlineData("customer_search"), InlineData("customer_orders"),
     InlineData("customer_update"), InlineData("customer.create"), InlineData("customer.query"), InlineData("customer.filter"),
     InlineData("product_search"), InlineData("product_get"), InlineData("list_products"), InlineData("product.hydrate_fields"),
     InlineData("conversation_search"), InlineData("conversation_get"), InlineData("conversation_create_draft"), InlineData("conversation.query_messages"),
     InlineData("conversation.create_from_email"), InlineData("conversation.create_from_sent_email"),
     InlineData("document.create"), InlineData("document.generate_signed_url"), InlineData("rag.upload_document"), InlineData("rag.upload_text"),
     InlineData("knowledge_search"), InlineData("create_approval"), InlineData("update_approval_status"), InlineData("get_approval"),
     InlineData("list_pending_approvals"), InlineData("get_approval_history"), InlineData("recommendation_create"), InlineData("set_variables"),
     InlineData("log_campaign_event"), InlineData("update_crm"), InlineData("schedule_follow_up"), InlineData("fetch_customer_data"),
     InlineData("fetch_behavior_signals"), InlineData("fetch_campaign_config"), InlineData("rule_based_segmentor"), InlineData("eligibility_checker")]
    public void Catalog_KnowsTheActionName(string name)
    {
        Assert.NotNull(app.Factory.Services.GetRequiredService<ActionCatalog>().Find(name));
    }

    [Fact]
    public void EveryAction_DescribesItselfAndItsParameters()
    {
        var declarations = app.Factory.Services.GetRequiredService<ActionCatalog>().Declarations;

        Assert.All(declarations, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Description), d.Name);
            Assert.All(d.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{d.Name}.{p.Name}"));
        });
    }

    [Fact]
    public void EveryAction_HasALabelAndSynonyms_InPlainWords()
    {
        var declarations = app.Factory.Services.GetRequiredService<ActionCatalog>().Declarations;

        Assert.All(declarations, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Label), d.Name);
            Assert.DoesNotMatch("[._{}]", d.Label!);
            Assert.NotEmpty(d.Synonyms);
            Assert.Matches("^[A-Z]", d.Category);
        });
    }
}
