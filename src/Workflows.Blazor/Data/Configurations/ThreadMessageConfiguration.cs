using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class ThreadMessageConfiguration : IEntityTypeConfiguration<ThreadMessageEntity>
{
    public void Configure(EntityTypeBuilder<ThreadMessageEntity> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.ThreadId).HasMaxLength(200);
        builder.Property(m => m.Role).HasMaxLength(16);
        builder.HasIndex(m => new { m.ThreadId, m.Sequence }).IsUnique();
    }
}
