using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class KnowledgeChunkConfiguration : IEntityTypeConfiguration<KnowledgeChunkEntity>
{
    public void Configure(EntityTypeBuilder<KnowledgeChunkEntity> builder)
    {
        builder.HasKey(k => k.Id);
        builder.HasIndex(k => k.SourceId);
    }
}
