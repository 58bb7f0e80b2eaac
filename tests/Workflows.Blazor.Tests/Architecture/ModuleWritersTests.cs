using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Tests.Architecture;

/// <summary>
/// Each module's command service is the only writer of its tables (<see cref="TableOwners"/>): any other code of the app
/// that makes, adds, updates or removes their rows, tracked or in bulk, or reads whole rows tracked where it saves, fails this test;
/// every table has its owners named. Approvals have their own, stricter scan.
/// </summary>
public sealed class ModuleWritersTests
{
    [Fact]
    public void ModuleTables_AreWrittenOnlyByTheirOwners()
    {
        var writers = AppSourceFiles.All()
            .SelectMany(file => TableOwners.Writers.Keys
                .Where(table => !TableOwners.MayWrite(table, file.Path))
                .SelectMany(table => Writes(table, file.Text).Select(write => $"{file.Path}: {write}")))
            .ToList();

        Assert.True(writers.Count == 0, "Module tables written outside their owners:\n" + string.Join("\n", writers));
    }

    [Fact]
    public void EveryTable_HasItsOwnersNamed()
    {
        // The app's own tables; the identity tables are ASP.NET Core Identity's, written by its stores through UserManager.
        var tables = typeof(AppDbContext).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
            .Select(p => p.Name)
            .Where(table => table != TableOwners.Approvals);

        Assert.Empty(tables.Except(TableOwners.Writers.Keys));
    }

    [Theory]
    [InlineData("db.Customers.Add(customer);")]
    [InlineData("db.Customers.RemoveRange(old);")]
    [InlineData("context.Customers.Update(customer);")]
    [InlineData("await db.Customers.Where(c => c.Id == id)\n    .ExecuteUpdateAsync(set => set.SetProperty(c => c.LoyaltyPoints, c => c.LoyaltyPoints + 1));")]
    [InlineData("await db.Customers.Where(c => c.Id == id).ExecuteDeleteAsync();")]
    [InlineData("conversation.Customer = new CustomerEntity { Id = id, Name = name };")]
    [InlineData("var customer = await db.Customers.FirstAsync(c => c.Id == id);\ncustomer.LoyaltyPoints++;\nawait db.SaveChangesAsync();")]
    [InlineData("var customer = await db.Customers.FindAsync([id]);\ncustomer!.Name = name;\nawait db.SaveChangesAsync();")]
    public void Scan_FindsAWrite_OfEachKind(string code) => Assert.NotEmpty(Writes("Customers", code));

    [Theory]
    [InlineData("var customer = await db.Customers.AsNoTracking().FirstAsync(c => c.Id == id);")]
    [InlineData("if (await db.Customers.AnyAsync(c => c.Email == email)) { await db.Timers.Where(t => t.Id == id).ExecuteDeleteAsync(); }")]
    [InlineData("db.CustomerRewards.Add(reward);")]
    [InlineData("var reward = new CustomerRewardEntity { CustomerId = id };")]
    [InlineData("using Workflows.Blazor.Customers;")]
    [InlineData("var id = await db.Customers.Where(c => c.Email == email).Select(c => c.Id).FirstAsync();\nawait db.SaveChangesAsync();")]
    [InlineData("if (await db.Customers.AnyAsync(c => c.Email == email)) { db.Timers.Add(timer); await db.SaveChangesAsync(); }")]
    [InlineData("var customer = await db.Customers.FirstAsync(c => c.Id == id);\nreturn customer.Name;")]
    [InlineData("using Workflows.Engine.Customers.Segments;\nawait db.SaveChangesAsync();")]
    public void Scan_FindsNoWrite_InAReadOrAnotherTable(string code) => Assert.Empty(Writes("Customers", code));

    [Fact]
    public void Owners_AreFilesAndFoldersThatExist()
    {
        var missing = TableOwners.Writers.Values.SelectMany(owners => owners).Distinct()
            .Where(owner => !(owner.EndsWith('/') ? Directory.Exists(Path.Combine(AppSourceFiles.Root, owner)) : File.Exists(Path.Combine(AppSourceFiles.Root, owner))))
            .ToList();

        Assert.Empty(missing);
    }

    private static IEnumerable<string> Writes(string table, string code) =>
        new[]
            {
                new Regex($@"\b{table}\s*\.\s*(Add|AddRange|Attach|AttachRange|Update|UpdateRange|Remove|RemoveRange)(Async)?\s*\("),
                // An ExecuteUpdate or ExecuteDelete in the same statement as the table, not in a block the statement opens.
                new Regex($@"\b{table}\b[^;{{}}]*?\.\s*Execute(Update|Delete)(Async)?\s*\("),
                // A new row, which a navigation (an order's items, a conversation's messages) can insert without naming the table.
                new Regex($@"\bnew\s+{EntityOf(table)}\b"),
            }
            .Concat(code.Contains("SaveChanges", StringComparison.Ordinal) ? [TrackedRead(table)] : [])
            .SelectMany(pattern => pattern.Matches(code))
            .Select(match => Regex.Replace(match.Value, @"\s+", " "));

    /// <summary>
    /// Rows read tracked, whole (no AsNoTracking, no projection), in code that saves: changing a property of such a row
    /// writes it without naming the table again.
    /// </summary>
    private static Regex TrackedRead(string table) =>
        new($@"\.\s*{table}\s*\.\s*(?!AsNoTracking\b)(?![^;]*\b(Select|Any|All|Count|LongCount|Sum|Min|Max|Average)(Async)?\s*\()\w+\s*[(<][^;]*;");

    /// <summary>The entity class of a table: Customers are CustomerEntity, JourneyEntries JourneyEntryEntity.</summary>
    private static string EntityOf(string table) => (table.EndsWith("ies", StringComparison.Ordinal) ? table[..^3] + "y" : table[..^1]) + "Entity";
}
