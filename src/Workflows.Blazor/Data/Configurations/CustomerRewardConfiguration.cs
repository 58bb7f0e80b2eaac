using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class CustomerRewardConfiguration : IEntityTypeConfiguration<CustomerRewardEntity>
{
    public void Configure(EntityTypeBuilder<CustomerRewardEntity> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.CustomerId);
        builder.HasIndex(r => r.CouponCode).IsUnique();
    }
}
