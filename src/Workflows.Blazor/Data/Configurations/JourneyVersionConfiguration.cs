using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class JourneyVersionConfiguration : IEntityTypeConfiguration<JourneyVersionEntity>
{
    public void Configure(EntityTypeBuilder<JourneyVersionEntity> builder)
    {
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.JourneyId, v.Version }).IsUnique();
    }
}
