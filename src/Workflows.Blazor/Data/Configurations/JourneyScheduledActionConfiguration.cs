using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class JourneyScheduledActionConfiguration : IEntityTypeConfiguration<JourneyScheduledActionEntity>
{
    public void Configure(EntityTypeBuilder<JourneyScheduledActionEntity> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Status).HasConversion<StatusNameConverter<JourneyActionStatus>>().HasMaxLength(32);
        builder.Ignore(s => s.Repeat);
        builder.HasIndex(s => new { s.Status, s.DueAt });
        builder.HasIndex(s => s.RunId);
        builder.HasOne<JourneyRunEntity>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
