using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class JourneyEntryConfiguration : IEntityTypeConfiguration<JourneyEntryEntity>
{
    public void Configure(EntityTypeBuilder<JourneyEntryEntity> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasMaxLength(32);
        builder.HasIndex(e => new { e.RunId, e.Id });
        builder.HasOne<JourneyRunEntity>().WithMany().HasForeignKey(e => e.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
