using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class AccountManagerConfiguration : IEntityTypeConfiguration<AccountManagerEntity>
{
    public void Configure(EntityTypeBuilder<AccountManagerEntity> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasMany<CustomerEntity>().WithOne().HasForeignKey(c => c.AccountManagerId).OnDelete(DeleteBehavior.SetNull);
    }
}
