using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class JourneySubscriberDeliveryConfiguration : IEntityTypeConfiguration<JourneySubscriberDeliveryEntity>
{
    public void Configure(EntityTypeBuilder<JourneySubscriberDeliveryEntity> builder)
    {
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.NextAttemptAt);
        builder.HasIndex(d => d.RunId);
        builder.HasOne<JourneyRunEntity>().WithMany().HasForeignKey(d => d.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
