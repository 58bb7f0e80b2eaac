using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class JourneyRunConfiguration : IEntityTypeConfiguration<JourneyRunEntity>
{
    public void Configure(EntityTypeBuilder<JourneyRunEntity> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Status).HasConversion<StatusNameConverter<JourneyRunStatus>>().HasMaxLength(32);
        builder.HasIndex(r => new { r.JourneyId, r.EnrolledAt });
        builder.HasIndex(r => new { r.ContactId, r.Status });
        builder.HasIndex(r => r.DecisionDue);
        builder.Property(r => r.Sequence).IsConcurrencyToken();
        builder.HasOne<JourneyEntity>().WithMany().HasForeignKey(r => r.JourneyId).OnDelete(DeleteBehavior.Cascade);
    }
}
