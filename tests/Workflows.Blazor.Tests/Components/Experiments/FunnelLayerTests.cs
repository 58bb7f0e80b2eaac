using Workflows.Blazor.Components.Canvas;
using Workflows.Blazor.Experiments;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Components.Experiments;

/// <summary>The funnel on the canvas: how many contacts reached each step and passed each link, from one stats read.</summary>
public sealed class FunnelLayerTests : ComponentTest
{
    private static readonly WorkflowDefinition Flow = WorkflowJson.Parse("""
        { "name": "Win back", "steps": [
          { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "ab_test" }, "position": { "x": 0, "y": 0 } },
          { "stepSlug": "ab_test", "stepType": "split", "config": { "paths": [ { "name": "A", "weight": 50 }, { "name": "B", "weight": 50 } ] },
            "nextSteps": { "A": "offer_a", "B": "offer_b" }, "position": { "x": 0, "y": 160 } },
          { "stepSlug": "offer_a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "offer": "a" } }, "position": { "x": -160, "y": 320 } },
          { "stepSlug": "offer_b", "stepType": "action", "config": { "type": "set_variables", "parameters": { "offer": "b" } }, "position": { "x": 160, "y": 320 } } ] }
        """);

    private static WorkflowStats Stats() => new("wf_1", 1, null, null, null, [], 1_250, 0,
        [new("start", "Start", 1_250), new("ab_test", "Split", 1_250), new("offer_a", "Offer A", 610), new("offer_b", "Offer B", 0)],
        [new("start", "success", "ab_test", 1_250), new("ab_test", "A", "offer_a", 610)], []);

    private IRenderedComponent<FunnelLayer> Render() =>
        Render<FunnelLayer>(p => p.Add(c => c.Definition, Flow).Add(c => c.Overlay, FunnelOverlay.From(Stats())));

    [Fact]
    public void Funnel_ShowsAboveEachNode_HowManyContactsReachedIt()
    {
        var funnel = Render();

        Assert.Equal("1,250 contacts", funnel.Find("[data-testid=reach-ab_test] text").TextContent);
        Assert.Equal("610 contacts", funnel.Find("[data-testid=reach-offer_a] text").TextContent);
        Assert.Contains("none", funnel.Find("[data-testid=reach-offer_b]").GetAttribute("class"));
    }

    [Fact]
    public void Funnel_ShowsOnEachLink_HowManyContactsPassed_ZeroIncluded()
    {
        var funnel = Render();

        Assert.Equal("1,250", funnel.Find("[data-testid=passed-start-success] text").TextContent);
        Assert.Equal("610", funnel.Find("[data-testid=passed-ab_test-A] text").TextContent);
        Assert.Equal("0", funnel.Find("[data-testid=passed-ab_test-B] text").TextContent);
    }
}
