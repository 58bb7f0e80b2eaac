using Workflows.Engine.Layout;
using Workflows.Engine.Model;

namespace Workflows.Engine.Tests.Layout;

public sealed class FreeSpotTests
{
    private static readonly LayoutOptions Options = LayoutOptions.Default;

    private static StepDefinition At(string slug, double x, double y) =>
        new(slug, StepTypes.Wait, [], new Dictionary<string, string>()) { Position = new CanvasPosition(x, y) };

    private static bool Overlaps(CanvasPosition a, CanvasPosition b) =>
        a.X < b.X + Options.NodeWidth && b.X < a.X + Options.NodeWidth && a.Y < b.Y + Options.NodeHeight && b.Y < a.Y + Options.NodeHeight;

    [Fact]
    public void Near_KeepsTheWantedSpot_WhenNothingIsThere()
    {
        var steps = new[] { At("a", 0, 0) };

        Assert.Equal(new CanvasPosition(0, 200), FreeSpot.Near(steps, new CanvasPosition(0, 200), towardsRight: true));
    }

    [Fact]
    public void Near_MovesAside_TowardsThePortsSide_WhenANodeIsInTheWay()
    {
        // A condition at (0,0) whose true branch sits right under it; the new step goes under its false port.
        var steps = new[] { At("check", 0, 0), At("yes", -100, 160) };

        var spot = FreeSpot.Near(steps, new CanvasPosition(40, 160), towardsRight: true);

        Assert.Equal(160, spot.Y);
        Assert.True(spot.X > 40, $"moved to the right, got {spot.X}");
        Assert.DoesNotContain(steps, s => Overlaps(s.Position!, spot));
    }

    [Fact]
    public void Near_LeavesAGapToEveryNode_EvenWhenARowIsFull()
    {
        var row = Enumerable.Range(-5, 11).Select(i => At($"n{i + 5}", i * 280, 160)).ToList();

        var spot = FreeSpot.Near(row, new CanvasPosition(0, 160), towardsRight: false);

        Assert.DoesNotContain(row, s => Overlaps(s.Position!, spot));
        Assert.All(row, s => Assert.True(
            Math.Abs(s.Position!.Y - spot.Y) >= Options.NodeHeight + Options.NodeSpacing / 2 || Math.Abs(s.Position.X - spot.X) >= Options.NodeWidth + Options.NodeSpacing / 2));
    }

    [Fact]
    public void Near_IgnoresStepsWithoutAPlace()
    {
        var steps = new[] { new StepDefinition("loose", StepTypes.Wait, [], new Dictionary<string, string>()) };

        Assert.Equal(new CanvasPosition(0, 0), FreeSpot.Near(steps, new CanvasPosition(0, 0), towardsRight: true));
    }
}
