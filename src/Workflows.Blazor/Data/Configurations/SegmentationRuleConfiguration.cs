using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class SegmentationRuleConfiguration : IEntityTypeConfiguration<SegmentationRuleEntity>
{
    public void Configure(EntityTypeBuilder<SegmentationRuleEntity> builder)
    {
        builder.HasKey(s => s.Id);
    }
}
