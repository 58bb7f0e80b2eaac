using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data.Configurations;

internal sealed class ExecutionConfiguration : IEntityTypeConfiguration<ExecutionEntity>
{
    public void Configure(EntityTypeBuilder<ExecutionEntity> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.Status, e.CreatedAt });
        builder.HasIndex(e => new { e.WorkflowId, e.CreatedAt });
        builder.HasIndex(e => e.SubjectId);
        // The list's text search (id, subject or text in the input) must look at every run: this index holds exactly
        // those columns in list order, so the search reads it instead of the far wider rows with their state. It
        // replaces a plain CreatedAt index, which SQLite would pick for the search's order and then read every row.
        builder.HasIndex(e => new { e.CreatedAt, e.Id, e.SubjectId, e.InputJson }, "IX_Executions_Search");
    }
}
