using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class JourneyConversionConfiguration : IEntityTypeConfiguration<JourneyConversionEntity>
{
    public void Configure(EntityTypeBuilder<JourneyConversionEntity> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.RunId, c.Goal }).IsUnique();
        builder.HasIndex(c => new { c.JourneyId, c.Goal, c.EnrolledAt });
        builder.HasOne<JourneyRunEntity>().WithMany().HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
