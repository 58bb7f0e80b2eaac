using AngleSharp.Dom;
using Microsoft.AspNetCore.Components.Web;
using Workflows.Blazor.Components.Editor;
using Workflows.Blazor.Tests.Components;
using Workflows.Engine.Editing;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Editor;

public sealed class TokenFieldTests : ComponentTest
{
    private static readonly IReadOnlyList<DataNode> Data =
    [
        new("steps.get_customer.output", "Get customer", DataType.Object, "get_customer")
        {
            Children =
            [
                new("steps.get_customer.output.name", "Name", DataType.Text, "get_customer"),
                new("steps.get_customer.output.email", "Email", DataType.Text, "get_customer"),
            ],
        },
    ];

    private IRenderedComponent<TokenField> RenderField(string? value, List<string>? commits = null, bool multiline = false) =>
        Render<TokenField>(p => p
            .Add(c => c.Label, "Body")
            .Add(c => c.Value, value)
            .Add(c => c.Data, Data)
            .Add(c => c.Multiline, multiline)
            .Add(c => c.OnCommit, text => commits?.Add(text)));

    /// <summary>The text the box holds, read as token-field.js reads it: words, each chip's tag, and no trailing &lt;br&gt;.</summary>
    private static string TextOf(IElement box) => string.Concat(box.ChildNodes.Select(node => node switch
    {
        IText text => text.Data,
        IElement chip when chip.HasAttribute("data-tag") => chip.GetAttribute("data-tag"),
        IElement { TagName: "BR" } br when br == box.LastChild => "",
        _ => throw new InvalidOperationException($"The box holds a {node.NodeName}."),
    }));

    [Fact]
    public void Field_ShowsEachValue_AsAChipNamedByItsLabel_InsideTheText()
    {
        var field = RenderField("Hi {{steps.get_customer.output.name}}, write to {{steps.get_customer.output.email}}.");

        var box = field.Find("[role=textbox]");
        var chips = box.QuerySelectorAll(".token-chip");
        Assert.Equal(["Get customer › Name", "Get customer › Email"], chips.Select(c => c.TextContent));
        Assert.Equal("Get customer › Name, inserted value", chips[0].GetAttribute("aria-label"));
        Assert.Equal("false", chips[0].GetAttribute("contenteditable"));
        Assert.Equal("Hi Get customer › Name, write to Get customer › Email.", box.TextContent);
        Assert.Equal("true", box.GetAttribute("contenteditable"));
        Assert.Equal("false", box.GetAttribute("aria-multiline"));
    }

    [Theory]
    [InlineData("Hi {{steps.get_customer.output.name}}")]
    [InlineData("  Dear {{ steps.get_customer.output.name }} ,\n\n\tyour offer: {{#each items}}{{name}} {{/each}}\n")]
    [InlineData("{{steps.get_customer.output.name}}{{steps.get_customer.output.email}}")]
    [InlineData("Half a tag {{steps.get_customer stays words")]
    [InlineData("")]
    public void Field_HoldsItsTextExactly_SpacesAndTagsAsWritten(string text)
    {
        var field = RenderField(text, multiline: true);

        var box = field.Find("[role=textbox]");
        Assert.Equal(text, TextOf(box));
        Assert.Equal(text, box.GetAttribute("data-text"));
        Assert.Equal("true", box.GetAttribute("aria-multiline"));
    }

    [Fact]
    public void Field_MarksAValueNoEarlierStepProvides_AsUnknown()
    {
        var field = RenderField("Hi {{steps.removed_step.output.name}} and {{secrets.API_KEY}}");

        var chips = field.FindAll(".token-chip");
        Assert.Contains("unknown", chips[0].ClassList);
        Assert.Equal("steps.removed_step.output.name", chips[0].TextContent);
        Assert.Equal("Unknown value {{steps.removed_step.output.name}}", chips[0].GetAttribute("aria-label"));
        Assert.DoesNotContain("unknown", chips[1].ClassList);
    }

    [Fact]
    public void Field_ListensForNoKeystrokes_OnlyForItsChange()
    {
        var box = RenderField("Hello", []).Find("[role=textbox]");

        Assert.True(box.HasAttribute("blazor:onchange"));
        Assert.False(box.HasAttribute("blazor:oninput"));
        Assert.False(box.HasAttribute("blazor:onkeydown"));
        Assert.Equal("300", box.GetAttribute("data-commit-delay"));
    }

    [Fact]
    public void Field_CommitsTheTextItIsGiven_OnceEvenWhenTheSameChangeComesTwice()
    {
        var commits = new List<string>();
        var field = RenderField("Hello", commits);

        field.Find("[role=textbox]").Change("Hello {{steps.get_customer.output.name}}");
        field.Find("[role=textbox]").Change("Hello {{steps.get_customer.output.name}}");

        Assert.Equal(["Hello {{steps.get_customer.output.name}}"], commits);
    }

    [Fact]
    public void Field_ShowsPastedTags_AsChips_OnceTheTextIsCommitted()
    {
        var commits = new List<string>();
        var field = RenderField("Hello ", commits);

        field.Find("[role=textbox]").TriggerEvent("onpaste", new ClipboardEventArgs { Type = "paste" });
        field.Find("[role=textbox]").Change("Hello {{steps.get_customer.output.email}}");

        Assert.Equal("Get customer › Email", field.Find(".token-chip").TextContent);
        Assert.Equal(["Hello {{steps.get_customer.output.email}}"], commits);
    }

    [Fact]
    public void Field_KeepsWhatWasTyped_WhenItsOwnTextComesBack()
    {
        var commits = new List<string>();
        var field = RenderField("Hello", commits);

        field.Find("[role=textbox]").Change("Hello {{steps.get_customer.output.name}}");
        field.Render(p => p.Add(c => c.Value, "Hello {{steps.get_customer.output.name}}"));

        // The browser owns the box while its own text comes back: the server does not redraw it under the caret.
        Assert.Empty(field.FindAll(".token-chip"));
        field.Render(p => p.Add(c => c.Value, "Undone {{steps.get_customer.output.email}}"));
        Assert.Equal("Get customer › Email", field.Find(".token-chip").TextContent);
    }
}
