using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class JourneyActionStepConfiguration : IEntityTypeConfiguration<JourneyActionStepEntity>
{
    public void Configure(EntityTypeBuilder<JourneyActionStepEntity> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Status).HasConversion<StatusNameConverter<JourneyActionStatus>>().HasMaxLength(32);
        builder.HasIndex(s => s.IdempotencyKey).IsUnique();
        builder.HasIndex(s => new { s.Status, s.RunId });
        builder.HasIndex(s => s.RunId);
        builder.HasOne<JourneyRunEntity>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
