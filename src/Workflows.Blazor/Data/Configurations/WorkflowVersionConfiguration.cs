using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class WorkflowVersionConfiguration : IEntityTypeConfiguration<WorkflowVersionEntity>
{
    public void Configure(EntityTypeBuilder<WorkflowVersionEntity> builder)
    {
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.WorkflowId, v.Version }).IsUnique();
    }
}
