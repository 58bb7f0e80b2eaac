using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class StatsWatermarkConfiguration : IEntityTypeConfiguration<StatsWatermarkEntity>
{
    public void Configure(EntityTypeBuilder<StatsWatermarkEntity> builder)
    {
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
    }
}
