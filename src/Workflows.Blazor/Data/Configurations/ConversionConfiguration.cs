using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class ConversionConfiguration : IEntityTypeConfiguration<ConversionEntity>
{
    public void Configure(EntityTypeBuilder<ConversionEntity> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.ExecutionId, c.Goal }).IsUnique();
        builder.HasIndex(c => new { c.WorkflowId, c.Goal, c.RunStartedAt });
        builder.HasIndex(c => c.Counted);
        builder.HasOne<ExecutionEntity>().WithMany().HasForeignKey(c => c.ExecutionId).OnDelete(DeleteBehavior.Cascade);
    }
}
