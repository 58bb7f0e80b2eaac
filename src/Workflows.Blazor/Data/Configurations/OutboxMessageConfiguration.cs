using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessageEntity>
{
    public void Configure(EntityTypeBuilder<OutboxMessageEntity> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => m.CreatedAt);
        builder.HasIndex(m => m.CustomerId);
        builder.HasIndex(m => m.TrackingToken);
    }
}
