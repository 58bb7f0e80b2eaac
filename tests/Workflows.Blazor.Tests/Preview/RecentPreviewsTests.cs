using Microsoft.Extensions.Time.Testing;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Preview;
using Workflows.Engine.Preview;

namespace Workflows.Blazor.Tests.Preview;

/// <summary>Recent previews are read back by id for an hour, and only the latest 50 are kept.</summary>
public sealed class RecentPreviewsTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-04T10:00:00Z"));

    private static WorkflowPreviewResult Result(string id) =>
        new(id, "wf_1", "draft", DateTimeOffset.UnixEpoch, 30, PreviewSummary.Of([]), [], new Dictionary<string, string>(), null);

    [Fact]
    public void Get_GivesAKeptPreview_UntilItsHourIsOver()
    {
        var recent = new RecentPreviews(_time);
        recent.Keep(Result("p1"));

        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal("p1", recent.Get("p1").PreviewId);
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(ErrorKind.NotFound, Assert.Throws<AppException>(() => recent.Get("p1")).Kind);
    }

    [Fact]
    public void Keep_ForgetsTheOldest_BeyondTheCapacity()
    {
        var recent = new RecentPreviews(_time);
        foreach (var i in Enumerable.Range(0, RecentPreviews.Capacity + 1))
        {
            recent.Keep(Result($"p{i}"));
        }

        Assert.Throws<AppException>(() => recent.Get("p0"));
        Assert.Equal("p1", recent.Get("p1").PreviewId);
    }
}
