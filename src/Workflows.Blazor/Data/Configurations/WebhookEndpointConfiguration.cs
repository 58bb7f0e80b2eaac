using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpointEntity>
{
    public void Configure(EntityTypeBuilder<WebhookEndpointEntity> builder)
    {
        builder.HasKey(w => w.Path);
        builder.HasOne<WorkflowEntity>().WithMany().HasForeignKey(w => w.WorkflowId).OnDelete(DeleteBehavior.Cascade);
    }
}
