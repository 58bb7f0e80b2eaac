using Workflows.Blazor.Components.Pages.Data;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Tests.Components.Data;

public sealed class OrderDraftTests
{
    private static readonly CustomerRow Ada = new("c1", "Ada Lovelace", "ada@example.com", null, "active", "gold", [], 0, null, 0, null);
    private static readonly ProductRow Tea = new("prod_tea", "Green tea", "Tea", 4.25, 90, "active");

    [Fact]
    public void Problems_NameTheLine_ThatHasNoProduct_WhenOthersHaveOne()
    {
        var draft = new OrderDraft { Customer = Ada };
        draft.Lines[0].Product = Tea;
        draft.AddLine();

        Assert.Equal(["Line 2: Choose a product, or remove this line."], draft.Problems);
    }

    [Fact]
    public void Problems_AskForAProduct_WhenEveryLineWasRemoved()
    {
        var draft = new OrderDraft { Customer = Ada };
        draft.Lines.Clear();

        Assert.Equal(["Add at least one product."], draft.Problems);
    }

    [Fact]
    public void Problems_RefuseANoteLongerThanAnOrderKeeps()
    {
        var draft = new OrderDraft { Customer = Ada, Note = new string('x', 501) };
        draft.Lines[0].Product = Tea;

        Assert.Equal(["Keep the note to 500 characters or fewer."], draft.Problems);
    }

    [Fact]
    public void Problems_AcceptTheLargestQuantityTheStoreRecords()
    {
        var draft = new OrderDraft { Customer = Ada };
        draft.Lines[0].Product = Tea;
        draft.Lines[0].Quantity = 10_000;

        Assert.Empty(draft.Problems);
        Assert.Equal(42_500, draft.Total);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Total_LeavesOutALine_WhoseQuantityIsNotValid(int? quantity)
    {
        var draft = new OrderDraft { Customer = Ada };
        draft.Lines[0].Product = Tea;
        draft.Lines[0].Quantity = quantity;

        Assert.Equal(0, draft.Total);
        Assert.Equal(["Line 1: The quantity is a whole number from 1 to 10,000."], draft.Problems);
    }
}
