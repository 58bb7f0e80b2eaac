using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class TimerConfiguration : IEntityTypeConfiguration<TimerEntity>
{
    public void Configure(EntityTypeBuilder<TimerEntity> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => new { t.Status, t.DueAt });
        builder.HasIndex(t => new { t.Status, t.EventType, t.SubjectId });
        builder.HasIndex(t => t.ExecutionId);
        builder.HasOne<ExecutionEntity>().WithMany().HasForeignKey(t => t.ExecutionId).OnDelete(DeleteBehavior.Cascade);
    }
}
