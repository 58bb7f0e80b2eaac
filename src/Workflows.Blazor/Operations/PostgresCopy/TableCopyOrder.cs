using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Workflows.Blazor.Operations.PostgresCopy;

/// <summary>The model's tables in an order where every table comes after the tables its foreign keys point to.</summary>
public static class TableCopyOrder
{
    public static IReadOnlyList<IEntityType> Of(IModel model)
    {
        var tables = model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned()).ToList();
        var ordered = new List<IEntityType>();
        var placed = new HashSet<IEntityType>();
        while (ordered.Count < tables.Count)
        {
            var ready = tables.Where(t => !placed.Contains(t) && PrincipalsOf(t).All(placed.Contains)).OrderBy(t => t.GetTableName()).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("The model's foreign keys form a cycle between tables; they cannot be copied one after another.");
            }
            ordered.AddRange(ready);
            placed.UnionWith(ready);
        }
        return ordered;
    }

    // A reference to its own table does not order tables (the model has none today; EF orders such rows within one save).
    private static IEnumerable<IEntityType> PrincipalsOf(IEntityType table) =>
        table.GetForeignKeys().Select(k => k.PrincipalEntityType).Where(p => p != table);
}
