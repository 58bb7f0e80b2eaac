using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Knowledge;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Demo;

/// <summary>
/// Loads the demo store (a few hundred customers with varied behaviour, a product catalogue, a year of
/// orders, open conversations, offers, segments, knowledge articles and campaign settings) on first start,
/// so every template runs at once. Does nothing once any customer exists, or when <c>Demo:Seed</c> is false.
/// </summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<AppDbContext> contexts,
    KnowledgeBase knowledge,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!configuration.GetValue("Demo:Seed", true))
        {
            return;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Customers.AnyAsync(cancellationToken) || !Directory.Exists(DemoFiles.Folder()))
        {
            return;
        }
        var now = time.GetUtcNow();
        db.Customers.AddRange(DemoFiles.Read<DemoCustomer>("customers.json").Select(c => new CustomerEntity
        {
            Id = c.Id, Name = c.Name, Email = c.Email, Phone = c.Phone, Status = c.Status, Tier = c.Tier,
            TagsJson = System.Text.Json.JsonSerializer.Serialize(c.Tags), TotalSpent = c.TotalSpent, LastPurchaseAt = c.LastPurchaseAt,
            ChurnRisk = c.ChurnRisk, Source = c.Source, CustomFieldsJson = c.CustomFields?.ToJsonString() ?? "{}", CreatedAt = c.CreatedAt, UpdatedAt = c.CreatedAt,
        }));
        DemoAccountManagers.Add(db);
        db.Products.AddRange(DemoFiles.Read<DemoProduct>("products.json").Select(p => new ProductEntity
        {
            Id = p.Id, Name = p.Name, Description = p.Description, Category = p.Category, Price = p.Price, Stock = p.Stock, Status = p.Status,
            CreatedAt = now, UpdatedAt = now,
        }));
        db.Orders.AddRange(DemoFiles.Read<DemoOrder>("orders.json").Select(o => new OrderEntity
        {
            Id = o.Id, CustomerId = o.CustomerId, Total = o.Total, Status = o.Status, PlacedAt = o.PlacedAt,
            Items = o.Items.Select(i => new OrderItemEntity
            {
                OrderId = o.Id, ProductId = i.ProductId, ProductName = i.ProductName, Quantity = i.Quantity, UnitPrice = i.UnitPrice,
            }).ToList(),
        }));
        db.Conversations.AddRange(DemoFiles.Read<DemoConversation>("conversations.json").Select(c => new ConversationEntity
        {
            Id = c.Id, CustomerId = c.CustomerId, Channel = c.Channel, Subject = c.Subject, Status = c.Status, CreatedAt = c.CreatedAt,
            UpdatedAt = c.Messages.Max(m => m.SentAt),
            Messages = c.Messages.Select(m => new MessageEntity
            {
                ConversationId = c.Id, Direction = m.Direction, Author = m.Author, Body = m.Body, SentAt = m.SentAt,
            }).ToList(),
        }));
        db.Offers.AddRange(DemoFiles.Read<DemoOffer>("offers.json").Select(o => new OfferEntity
        {
            Id = o.Id, Name = o.Name, Category = o.Category, Value = o.Value, Eligibility = o.Eligibility,
        }));
        db.SegmentationRules.AddRange(DemoFiles.Read<DemoSegment>("segments.json").Select(s => new SegmentationRuleEntity
        {
            Id = s.Id, Name = s.Name, Description = s.Description, Expression = s.Expression, Priority = s.Priority,
        }));
        foreach (var (name, config) in DemoFiles.ReadObject("campaigns.json"))
        {
            db.AppSettings.Add(new AppSettingEntity { Key = CampaignSettings.KeyOf(name), ValueJson = config!.ToJsonString(), UpdatedAt = now });
        }
        await db.SaveChangesAsync(cancellationToken);

        foreach (var article in DemoFiles.Read<DemoArticle>("knowledge.json"))
        {
            await knowledge.AddTextAsync($"kb_{Ids.New()}", article.Title, article.Text, cancellationToken);
        }
        logger.LogInformation("Demo store loaded: customers, products, a year of orders, conversations and knowledge articles");
    }
}
