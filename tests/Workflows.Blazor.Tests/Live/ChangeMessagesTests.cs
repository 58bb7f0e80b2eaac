using System.Text;
using Workflows.Blazor.Live;

namespace Workflows.Blazor.Tests.Live;

/// <summary>Changes travel between instances as messages that fit the channel and come back as they left.</summary>
public sealed class ChangeMessagesTests
{
    private static readonly Change[] EveryKind =
    [
        new ExecutionChanged("run-1", "wf-1"),
        new WorkflowChanged("wf-1"),
        new JourneyChanged("journey-1"),
        ApprovalsChanged.Instance,
        new ConversionsRecorded("wf-1"),
        new CancelRequested("run-1"),
    ];

    [Fact]
    public void EveryKindOfChange_ArrivesAsItWasSent_WithItsSender()
    {
        var message = Assert.Single(ChangeMessages.Write("instance-a", EveryKind, maxBytes: 7900));

        var (from, changes) = ChangeMessages.Read(message)!.Value;

        Assert.Equal("instance-a", from);
        Assert.Equal(EveryKind, changes);
    }

    [Fact]
    public void ManyChanges_AreSplitIntoMessagesThatFit_InTheOrderPublished()
    {
        var changes = Enumerable.Range(0, 500).Select(i => (Change)new ExecutionChanged($"run-{i}", "wf-é")).ToList();

        var messages = ChangeMessages.Write("instance-a", changes, maxBytes: 1000);

        Assert.True(messages.Count > 1);
        Assert.All(messages, message => Assert.InRange(Encoding.UTF8.GetByteCount(message), 1, 1000));
        Assert.Equal(changes, messages.SelectMany(message => ChangeMessages.Read(message)!.Value.Changes));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"from":"b","changes":[{"kind":"unknown"}]}""")]
    [InlineData("""{"changes":[]}""")]
    public void AMessageThatIsNotOneOfOurs_IsLeftAside(string message) => Assert.Null(ChangeMessages.Read(message));
}
