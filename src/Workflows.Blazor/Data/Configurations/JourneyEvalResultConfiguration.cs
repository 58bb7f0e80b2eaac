using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class JourneyEvalResultConfiguration : IEntityTypeConfiguration<JourneyEvalResultEntity>
{
    public void Configure(EntityTypeBuilder<JourneyEvalResultEntity> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.RunAt);
        builder.HasIndex(r => r.EvalId);
    }
}
