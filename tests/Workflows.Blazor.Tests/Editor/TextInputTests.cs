using Workflows.Blazor.Components.Editor;
using Workflows.Blazor.Tests.Components;

namespace Workflows.Blazor.Tests.Editor;

public sealed class TextInputTests : ComponentTest
{
    private IRenderedComponent<TextInput> RenderBox(string? value, List<string> commits, bool multiline = false) =>
        Render<TextInput>(p => p
            .Add(c => c.Label, "Subject")
            .Add(c => c.Value, value)
            .Add(c => c.Multiline, multiline)
            .Add(c => c.OnCommit, text => commits.Add(text)));

    [Fact]
    public void Box_ListensForNoKeystrokes_OnlyForItsChange()
    {
        var box = RenderBox("Hello", []);

        var input = box.Find("input");
        Assert.True(input.HasAttribute("blazor:onchange"));
        Assert.False(input.HasAttribute("blazor:oninput"));
        Assert.False(input.HasAttribute("blazor:onkeydown"));
        Assert.False(input.HasAttribute("blazor:onkeyup"));
        Assert.Equal("300", input.GetAttribute("data-commit-delay"));
    }

    [Fact]
    public void Box_CommitsTheTypedText_OnceEvenWhenTheSameChangeComesTwice()
    {
        var commits = new List<string>();
        var box = RenderBox("Hello", commits);

        box.Find("input").Change("Hello there");
        box.Find("input").Change("Hello there");

        Assert.Equal(["Hello there"], commits);
    }

    [Fact]
    public void Box_KeepsItsElement_WhenTheValueComesBackAsCommitted()
    {
        var commits = new List<string>();
        var box = RenderBox("Hello", commits, multiline: true);

        box.Find("textarea").Change("Hello there");
        box.Render(p => p.Add(c => c.Value, "Hello there"));

        Assert.Equal("Hello", box.Find("textarea").GetAttribute("value"));
    }

    [Fact]
    public void Box_ShowsAChangeMadeElsewhere_SuchAsAnUndo()
    {
        var commits = new List<string>();
        var box = RenderBox("Hello", commits);

        box.Find("input").Change("Hello there");
        box.Render(p => p.Add(c => c.Value, "Hello"));

        Assert.Equal("Hello", box.Find("input").GetAttribute("value"));
        box.Find("input").Change("Hello there");
        Assert.Equal(["Hello there", "Hello there"], commits);
    }

    [Fact]
    public void Box_ShowsTheProblem_InPlaceOfTheHelp()
    {
        var box = Render<TextInput>(p => p.Add(c => c.Label, "Wait for").Add(c => c.Help, "e.g. 2 days").Add(c => c.Problem, "'soon' is not a duration."));

        Assert.Equal("'soon' is not a duration.", box.Find("[role=alert]").TextContent);
        Assert.DoesNotContain("e.g. 2 days", box.Markup);
        Assert.Equal("true", box.Find("input").GetAttribute("aria-invalid"));
    }
}
