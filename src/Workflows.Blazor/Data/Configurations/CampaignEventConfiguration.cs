using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class CampaignEventConfiguration : IEntityTypeConfiguration<CampaignEventEntity>
{
    public void Configure(EntityTypeBuilder<CampaignEventEntity> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.IdempotencyKey).IsUnique();
        builder.HasIndex(e => new { e.CustomerId, e.At });
    }
}
