using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDeliveryEntity>
{
    public void Configure(EntityTypeBuilder<WebhookDeliveryEntity> builder)
    {
        // The key is what makes two identical deliveries arriving at the same moment start one run: the second insert fails.
        builder.HasKey(d => new { d.Path, d.Key });
        builder.HasIndex(d => d.ReceivedAt);
    }
}
