using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class JourneyConfiguration : IEntityTypeConfiguration<JourneyEntity>
{
    public void Configure(EntityTypeBuilder<JourneyEntity> builder)
    {
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Name).HasMaxLength(200);
        builder.HasIndex(j => j.EnrolEvent);
        builder.HasMany(j => j.Versions).WithOne().HasForeignKey(v => v.JourneyId).OnDelete(DeleteBehavior.Cascade);
    }
}
