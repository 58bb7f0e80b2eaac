using Workflows.Engine.Journeys;

namespace Workflows.Engine.Tests.Journeys;

public sealed class JourneyMermaidTests
{
    [Fact]
    public void Write_CountsContactsPerArrow_AndKeepsDifferentHistoriesApart()
    {
        var text = JourneyMermaid.Write(
        [
            new ObservedPath(["email_send", "sms_send"], Finished: true),
            new ObservedPath(["email_send", "sms_send"], Finished: false),
            new ObservedPath(["email_send", "email_send"], Finished: true),
        ]);

        Assert.Contains("start -->|3 contacts| n1", text);
        Assert.Contains("n1 -->|2 contacts| n2", text);
        Assert.Contains("n1 -->|1 contact| n3", text);
        Assert.Contains("n2[\"sms_send\"]", text);
        Assert.Contains("n3[\"email_send\"]", text);
        Assert.Contains("n2 -->|1 contact| done", text);
    }

    [Fact]
    public void Write_EscapesMarkupInActionNames_SoTheyDrawAsText()
    {
        var text = JourneyMermaid.Write([new ObservedPath(["<img src=x onerror=alert(1)>", "say \"hi\" #lt;b#gt;"], Finished: false)]);

        Assert.DoesNotContain("<", text);
        Assert.Contains("n1[\"#lt;img src=x onerror=alert(1)#gt;\"]", text);
        Assert.Contains("n2[\"say #quot;hi#quot; #35;lt;b#35;gt;\"]", text);
    }

    [Fact]
    public void Write_DrawsOnlyTheStart_WhenNoContactWasEnrolled()
    {
        Assert.Equal("flowchart TD\n    start((enrolled))\n", JourneyMermaid.Write([]));
    }
}
