using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class StatsCountConfiguration : IEntityTypeConfiguration<StatsCountEntity>
{
    public void Configure(EntityTypeBuilder<StatsCountEntity> builder)
    {
        builder.HasKey(c => new { c.WorkflowId, c.Version, c.Hour, c.Goal, c.StepSlug, c.Port });
        builder.HasOne<WorkflowEntity>().WithMany().HasForeignKey(c => c.WorkflowId).OnDelete(DeleteBehavior.Cascade);
    }
}
