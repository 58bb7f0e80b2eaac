using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class JourneyWorkflowCallConfiguration : IEntityTypeConfiguration<JourneyWorkflowCallEntity>
{
    public void Configure(EntityTypeBuilder<JourneyWorkflowCallEntity> builder)
    {
        builder.HasKey(c => c.ExecutionId);
        builder.HasIndex(c => c.ReportedAt);
        builder.HasIndex(c => c.RunId);
        builder.HasOne<JourneyRunEntity>().WithMany().HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
