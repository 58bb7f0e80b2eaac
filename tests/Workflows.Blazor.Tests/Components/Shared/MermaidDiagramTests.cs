using Workflows.Blazor.Components.Shared;

namespace Workflows.Blazor.Tests.Components.Shared;

public sealed class MermaidDiagramTests : ComponentTest
{
    private const string Flowchart = "flowchart TD\n    start((enrolled))\n    n1[\"email_send\"]\n    start -->|1 contact| n1\n";

    private readonly BunitJSModuleInterop _module;

    public MermaidDiagramTests() => _module = JSInterop.SetupModule("./js/mermaid-diagram.js");

    private IRenderedComponent<MermaidDiagram> RenderDiagram(MermaidDrawing reply, string text = Flowchart)
    {
        _module.Setup<MermaidDrawing>("render", _ => true).SetResult(reply);
        return Render<MermaidDiagram>(p => p.Add(c => c.Text, text).Add(c => c.Label, "The paths contacts took so far"));
    }

    [Fact]
    public void MermaidDiagram_IsOneLabelledImage_WithItsSourceKept_WhenDrawn()
    {
        var cut = RenderDiagram(new MermaidDrawing(true, null));

        cut.WaitForAssertion(() => Assert.Equal("drawn", cut.Find(".mermaid-diagram").GetAttribute("data-state")));
        var image = cut.Find(".mermaid-canvas");
        Assert.Equal("img", image.GetAttribute("role"));
        Assert.Equal("The paths contacts took so far", image.GetAttribute("aria-label"));
        Assert.False(image.HasAttribute("hidden"));
        Assert.Equal(Flowchart, cut.Find("[data-testid=mermaid-source]").TextContent);
        Assert.Equal("Copy source", cut.Find("[data-testid=mermaid-copy-source]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=mermaid-error]"));
    }

    [Fact]
    public void MermaidDiagram_ShowsTheParsersMessageAndTheSource_WhenTheTextDoesNotParse()
    {
        var cut = RenderDiagram(new MermaidDrawing(false, "Parse error on line 2:\nExpecting 'SEMI', got 'EOF'"), "flowchart TD\n    a -->");

        cut.WaitForAssertion(() => Assert.Equal("error", cut.Find(".mermaid-diagram").GetAttribute("data-state")));
        var error = cut.Find("[data-testid=mermaid-error]").TextContent;
        Assert.Contains("This diagram could not be drawn;", error);
        Assert.Contains("Parse error on line 2:", error);
        Assert.True(cut.Find(".mermaid-canvas").HasAttribute("hidden"));
        Assert.True(cut.Find("details").HasAttribute("open"));
        Assert.Equal("flowchart TD\n    a -->", cut.Find("[data-testid=mermaid-source]").TextContent);
    }

    [Fact]
    public void MermaidDiagram_DrawsAgain_WhenTheTextChanges()
    {
        var cut = RenderDiagram(new MermaidDrawing(true, null));
        cut.WaitForAssertion(() => Assert.Single(_module.Invocations["render"]));

        cut.Render(p => p.Add(c => c.Text, "flowchart LR\n    a --> b\n"));

        cut.WaitForAssertion(() => Assert.Equal(2, _module.Invocations["render"].Count));
        Assert.Equal("flowchart LR\n    a --> b\n", _module.Invocations["render"][1].Arguments[1]);
    }
}
