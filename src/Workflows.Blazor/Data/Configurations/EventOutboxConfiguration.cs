using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class EventOutboxConfiguration : IEntityTypeConfiguration<EventOutboxEntity>
{
    public void Configure(EntityTypeBuilder<EventOutboxEntity> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.NextAttemptAt);
    }
}
