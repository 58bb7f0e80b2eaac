using System.Reflection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data;

/// <summary>
/// The app's one database: workflows, executions and the runner's timers, plus users and roles (ASP.NET Core Identity)
/// and the data-protection keys every instance shares.
/// </summary>
public class AppDbContext : IdentityDbContext<IdentityUser>, IDataProtectionKeyContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type, which EF Core needs to keep that provider's migrations apart.</summary>
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<WorkflowEntity> Workflows => Set<WorkflowEntity>();

    public DbSet<WorkflowVersionEntity> WorkflowVersions => Set<WorkflowVersionEntity>();

    public DbSet<ExecutionEntity> Executions => Set<ExecutionEntity>();

    public DbSet<ExecutionStepEntity> ExecutionSteps => Set<ExecutionStepEntity>();

    public DbSet<TimerEntity> Timers => Set<TimerEntity>();

    public DbSet<ScheduleEntity> Schedules => Set<ScheduleEntity>();

    public DbSet<WebhookEndpointEntity> WebhookEndpoints => Set<WebhookEndpointEntity>();

    public DbSet<WebhookDeliveryEntity> WebhookDeliveries => Set<WebhookDeliveryEntity>();

    public DbSet<EventEntity> Events => Set<EventEntity>();

    public DbSet<SecretEntity> Secrets => Set<SecretEntity>();

    public DbSet<ApiKeyEntity> ApiKeys => Set<ApiKeyEntity>();

    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();

    public DbSet<CustomerEntity> Customers => Set<CustomerEntity>();

    public DbSet<ProductEntity> Products => Set<ProductEntity>();

    public DbSet<OrderEntity> Orders => Set<OrderEntity>();

    public DbSet<OrderItemEntity> OrderItems => Set<OrderItemEntity>();

    public DbSet<ConversationEntity> Conversations => Set<ConversationEntity>();

    public DbSet<MessageEntity> Messages => Set<MessageEntity>();

    public DbSet<DocumentEntity> Documents => Set<DocumentEntity>();

    public DbSet<RecommendationEntity> Recommendations => Set<RecommendationEntity>();

    public DbSet<OfferEntity> Offers => Set<OfferEntity>();

    public DbSet<SegmentationRuleEntity> SegmentationRules => Set<SegmentationRuleEntity>();

    public DbSet<KnowledgeChunkEntity> KnowledgeChunks => Set<KnowledgeChunkEntity>();

    public DbSet<OutboxMessageEntity> OutboxMessages => Set<OutboxMessageEntity>();

    public DbSet<CampaignEventEntity> CampaignEvents => Set<CampaignEventEntity>();

    public DbSet<ApprovalEntity> Approvals => Set<ApprovalEntity>();

    public DbSet<AppSettingEntity> AppSettings => Set<AppSettingEntity>();

    public DbSet<ThreadMessageEntity> ThreadMessages => Set<ThreadMessageEntity>();

    public DbSet<JourneyEntity> Journeys => Set<JourneyEntity>();

    public DbSet<JourneyVersionEntity> JourneyVersions => Set<JourneyVersionEntity>();

    public DbSet<JourneyRunEntity> JourneyRuns => Set<JourneyRunEntity>();

    public DbSet<JourneyEntryEntity> JourneyEntries => Set<JourneyEntryEntity>();

    public DbSet<JourneyScheduledActionEntity> JourneyScheduledActions => Set<JourneyScheduledActionEntity>();

    public DbSet<JourneyActionStepEntity> JourneyActionSteps => Set<JourneyActionStepEntity>();

    public DbSet<JourneyEvalResultEntity> JourneyEvalResults => Set<JourneyEvalResultEntity>();

    public DbSet<JourneyWorkflowCallEntity> JourneyWorkflowCalls => Set<JourneyWorkflowCallEntity>();

    public DbSet<JourneySubscriberDeliveryEntity> JourneySubscriberDeliveries => Set<JourneySubscriberDeliveryEntity>();

    public DbSet<AccountManagerEntity> AccountManagers => Set<AccountManagerEntity>();

    public DbSet<CustomerRewardEntity> CustomerRewards => Set<CustomerRewardEntity>();

    public DbSet<OfferSendEntity> OfferSends => Set<OfferSendEntity>();

    public DbSet<EventOutboxEntity> EventOutbox => Set<EventOutboxEntity>();

    public DbSet<ConversionEntity> Conversions => Set<ConversionEntity>();

    public DbSet<JourneyConversionEntity> JourneyConversions => Set<JourneyConversionEntity>();

    public DbSet<StatsCountEntity> StatsCounts => Set<StatsCountEntity>();

    public DbSet<StatsWatermarkEntity> StatsWatermarks => Set<StatsWatermarkEntity>();

    public DbSet<LeaseEntity> Leases => Set<LeaseEntity>();

    private static readonly MethodInfo Like =
        typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>LIKE that ignores case (<see cref="TextSearch"/>); SQLite's own LIKE already ignores ASCII case.</summary>
    internal virtual MethodInfo CaseInsensitiveLike => Like;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        KeyedRecords.IndexKeys(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset; UTC ticks sort and compare exactly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
