using Workflows.Blazor.Editor;

namespace Workflows.Blazor.Tests.Editor;

public sealed class EditHistoryTests
{
    [Fact]
    public void Undo_ReturnsToThePreviousSnapshot_AndRedoComesBack()
    {
        var history = new EditHistory<string>("a");
        history.Push("to b", "b");
        history.Push("to c", "c");

        Assert.True(history.Undo());
        Assert.Equal("b", history.Current);
        Assert.True(history.Redo());
        Assert.Equal("c", history.Current);
    }

    [Fact]
    public void Push_ForgetsRedo_AfterAnUndo()
    {
        var history = new EditHistory<string>("a");
        history.Push("to b", "b");
        history.Undo();

        history.Push("to x", "x");

        Assert.False(history.CanRedo);
        Assert.False(history.Redo());
        Assert.Equal("x", history.Current);
    }

    [Fact]
    public void Push_WithTheSameCoalesceKey_MakesOneUndoStep()
    {
        var history = new EditHistory<string>("");
        history.Push("type", "h", "name");
        history.Push("type", "he", "name");
        history.Push("type", "hey", "name");

        history.Undo();

        Assert.Equal("", history.Current);
        Assert.False(history.CanUndo);
    }

    [Fact]
    public void Push_AfterUndo_DoesNotCoalesceWithTheEditBefore()
    {
        var history = new EditHistory<string>("");
        history.Push("type", "h", "name");
        history.Undo();
        history.Redo();
        history.Push("type", "hi", "name");

        history.Undo();

        Assert.Equal("h", history.Current);
    }

    [Fact]
    public void Push_BeyondCapacity_DropsTheOldestUndoSteps()
    {
        var history = new EditHistory<int>(0, capacity: 3);
        for (var i = 1; i <= 5; i++)
        {
            history.Push("inc", i);
        }

        while (history.Undo())
        {
        }

        Assert.Equal(2, history.Current);
    }

    [Fact]
    public void Labels_NameTheEditsUndoAndRedoWouldRevert()
    {
        var history = new EditHistory<int>(0);
        history.Push("Add wait", 1);
        history.Push("Move step", 2);
        history.Undo();

        Assert.Equal("Add wait", history.UndoLabel);
        Assert.Equal("Move step", history.RedoLabel);
    }
}
