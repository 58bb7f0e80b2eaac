using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Editor;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Tests.Editor;

public sealed class StepFactoryTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    private ActionCatalog Actions => app.Factory.Services.GetRequiredService<ActionCatalog>();

    [Theory]
    [InlineData("action:customer.get_by_id", "Get customer", "get_customer")]
    [InlineData("action:email_send", "Send email", "send_email")]
    [InlineData("llm", "Ask AI", "ask_ai")]
    [InlineData("loop", "For each", "for_each")]
    public void Create_TitlesTheStepByWhatItDoes_AndMakesItsIdFromTheTitle(string kind, string title, string slug)
    {
        var step = StepFactory.Create(kind, new CanvasPosition(0, 0), Actions);

        Assert.Equal(title, step.Name);
        Assert.Equal(slug, step.Slug);
    }

    [Fact]
    public void AddingTheSameActionTwice_GivesEachStepItsOwnReadableId()
    {
        var session = new EditorSession(EditorFlows.Linear(), EditorFlows.Validator);

        var first = session.AddStep(StepFactory.Create("action:customer.get_by_id", new CanvasPosition(0, 0), Actions), linkFromSelection: false);
        var second = session.AddStep(StepFactory.Create("action:customer.get_by_id", new CanvasPosition(0, 200), Actions), linkFromSelection: false);

        Assert.Equal("get_customer", first.Slug);
        Assert.Equal("get_customer_2", second.Slug);
    }
}
