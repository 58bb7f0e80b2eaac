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
    [InlineData("split", "Split", "split")]
    public void Create_TitlesTheStepByWhatItDoes_AndMakesItsIdFromTheTitle(string kind, string title, string slug)
    {
        var step = StepFactory.Create(kind, new CanvasPosition(0, 0), Actions);

        Assert.Equal(title, step.Name);
        Assert.Equal(slug, step.Slug);
    }

    [Fact]
    public void Create_GivesANewSplitTwoHalves_ThatOnlyNeedTheirLinks()
    {
        var step = StepFactory.Create("split", new CanvasPosition(0, 0), Actions);
        var definition = new WorkflowDefinition("Flow", [new StepDefinition("start", StepTypes.Trigger, new() { ["type"] = "manual" }, new Dictionary<string, string> { ["success"] = step.Slug }), step]);

        var report = EditorFlows.Validator.Validate(definition);

        Assert.Equal(["A 50%", "B 50%"], Workflows.Engine.Experiments.SplitConfig.Paths(step).Select(p => $"{p.Name} {p.Weight}%"));
        Assert.All(report.Errors, f => Assert.Equal(Workflows.Engine.Validation.FindingCodes.SplitPathLeadsNowhere, f.Code));
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
