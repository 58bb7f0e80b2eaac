using Workflows.Blazor.Components.Pages.Journeys;
using Workflows.Blazor.Components.Shared;
using Workflows.Blazor.Tests.Journeys;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Components.Journeys;

public sealed class JourneyDiagramsTests : AppComponentTest, IClassFixture<SharedApp>
{
    public JourneyDiagramsTests(SharedApp shared) : base(shared) =>
        JSInterop.SetupModule("./js/mermaid-diagram.js").Setup<MermaidDrawing>("render", _ => true).SetResult(new MermaidDrawing(true, null));

    private IRenderedComponent<JourneyDiagrams> RenderDiagrams(bool hasRuns, string? lockedWorkflowId) => Render<JourneyDiagrams>(p => p
        .Add(c => c.JourneyName, "Spring promotion")
        .Add(c => c.Paths, "flowchart TD\n    start((enrolled))\n")
        .Add(c => c.HasRuns, hasRuns)
        .Add(c => c.LockedWorkflowId, lockedWorkflowId));

    [Fact]
    public void JourneyDiagrams_SaysWhatWillBeDrawn_WhenNoContactIsEnrolledYet()
    {
        var cut = RenderDiagrams(hasRuns: false, lockedWorkflowId: null);

        Assert.Contains("Once contacts are enrolled", cut.Find("[data-testid=journey-paths-empty]").TextContent);
        Assert.Empty(cut.FindComponents<MermaidDiagram>());
        Assert.Empty(cut.FindAll("[data-testid=journey-locked-graph]"));
    }

    [Fact]
    public async Task JourneyDiagrams_DrawsTheDraftUnderReview_UntilTheLockedWorkflowIsActive()
    {
        var workflowId = await ImportAsync(JourneyDefinitions.PolicyAsWorkflow);

        var cut = RenderDiagrams(hasRuns: true, lockedWorkflowId: workflowId);

        var locked = cut.Find("[data-testid=journey-locked-graph]");
        cut.WaitForAssertion(() => Assert.Contains("The draft of 'Promotion', not active yet", locked.TextContent));
        var diagrams = cut.FindComponents<MermaidDiagram>();
        Assert.Equal(2, diagrams.Count);
        Assert.Contains("[/\"Wait\"/]", diagrams[0].Instance.Text);
        Assert.DoesNotContain("wait_a_bit", diagrams[0].Instance.Text);
        Assert.Contains("start((enrolled))", diagrams[1].Instance.Text);
    }

    [Fact]
    public async Task JourneyDiagrams_DownloadBothGraphsAsMermaidFiles_NamedAfterWhatTheyShow()
    {
        var workflowId = await ImportAsync(JourneyDefinitions.PolicyAsWorkflow);
        var files = JSInterop.SetupModule("./js/files.js");
        files.SetupVoid("download", _ => true).SetVoidResult();

        var cut = RenderDiagrams(hasRuns: true, lockedWorkflowId: workflowId);
        cut.WaitForElement("[data-testid=journey-locked-mermaid] [data-testid=mermaid-download]").Click();
        cut.Find("[data-testid=journey-mermaid] [data-testid=mermaid-download]").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, files.Invocations["download"].Count));
        var (locked, paths) = (files.Invocations["download"][0].Arguments, files.Invocations["download"][1].Arguments);
        Assert.Equal("promotion.mmd", locked[0]);
        Assert.Contains("[/\"Wait\"/]", (string)locked[2]!);
        Assert.Equal("spring-promotion-paths.mmd", paths[0]);
        Assert.Contains("start((enrolled))", (string)paths[2]!);
    }

    [Fact]
    public async Task JourneyDiagrams_NamesTheVersionContactsFollow_OnceTheLockedWorkflowIsActive()
    {
        var workflowId = await ImportAsync(JourneyDefinitions.PolicyAsWorkflow);
        await Commands.ActivateAsync(workflowId, "designer@example.com");

        var cut = RenderDiagrams(hasRuns: true, lockedWorkflowId: workflowId);

        cut.WaitForAssertion(() => Assert.Contains("Every contact now follows version 1 of 'Promotion'", cut.Find("[data-testid=journey-locked-graph]").TextContent));
    }

    [Fact]
    public void JourneyDiagrams_SaysToGenerateAgain_WhenTheLockedWorkflowIsGone()
    {
        var cut = RenderDiagrams(hasRuns: false, lockedWorkflowId: "wf_deleted");

        cut.WaitForAssertion(() => Assert.Contains("Generate the workflow again from the policy.", cut.Find("[data-testid=journey-locked-graph]").TextContent));
    }
}
