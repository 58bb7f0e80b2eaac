using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class ExecutionStepConfiguration : IEntityTypeConfiguration<ExecutionStepEntity>
{
    public void Configure(EntityTypeBuilder<ExecutionStepEntity> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.ExecutionId, s.Sequence }).IsUnique();
        builder.HasOne<ExecutionEntity>().WithMany().HasForeignKey(s => s.ExecutionId).OnDelete(DeleteBehavior.Cascade);
    }
}
