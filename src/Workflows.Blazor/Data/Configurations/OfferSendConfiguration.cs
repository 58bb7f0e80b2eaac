using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class OfferSendConfiguration : IEntityTypeConfiguration<OfferSendEntity>
{
    public void Configure(EntityTypeBuilder<OfferSendEntity> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.CustomerId);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasIndex(s => s.RedemptionKey).IsUnique();
    }
}
