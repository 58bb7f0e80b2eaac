using System.Text.Json.Nodes;
using Workflows.Engine.Templating;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Templating;

public sealed class TemplateRendererTests
{
    private static readonly JsonScope Scope = JsonScope.Parse("""
        {
          "input": { "customerId": "cust_456", "name": "{{secrets.apiKey}}" },
          "steps": { "get_customer": { "output": { "name": "John Doe", "totalSpent": 1500.5, "vip": true, "tags": ["vip"], "none": null } } },
          "secrets": { "apiKey": "sk_live_abc123" }
        }
        """);

    [Theory]
    [InlineData("{{steps.get_customer.output}}", """{"name":"John Doe","totalSpent":1500.5,"vip":true,"tags":["vip"],"none":null}""")]
    [InlineData("{{steps.get_customer.output.tags}}", """["vip"]""")]
    [InlineData("{{steps.get_customer.output.totalSpent}}", "1500.5")]
    [InlineData("{{steps.get_customer.output.vip}}", "true")]
    [InlineData("{{ steps.get_customer.output.name }}", "\"John Doe\"")]
    public void RenderValue_ReturnsTheTypedValue_WhenTheTextIsExactlyOnePath(string text, string expectedJson)
    {
        var value = TemplateRenderer.RenderValue(text, Scope);

        Assert.Equal(expectedJson, value!.ToJsonString());
    }

    [Fact]
    public void RenderValue_ReturnsNull_WhenTheWholeValueIsNull()
    {
        Assert.Null(TemplateRenderer.RenderValue("{{steps.get_customer.output.none}}", Scope));
    }

    [Fact]
    public void RenderValue_ReturnsACopy_SoTheRunDataCannotBeChangedThroughIt()
    {
        var tags = (JsonArray)TemplateRenderer.RenderValue("{{steps.get_customer.output.tags}}", Scope)!;

        tags.Add("changed");

        Assert.Equal("""["vip"]""", PathResolver.Resolve(TemplatePath.Parse("steps.get_customer.output.tags"), Scope)!.ToJsonString());
    }

    [Theory]
    [InlineData("Hi {{steps.get_customer.output.name}}!", "Hi John Doe!")]
    [InlineData(" {{steps.get_customer.output.totalSpent}}", " 1500.5")]
    [InlineData("{{steps.get_customer.output.vip}}{{steps.get_customer.output.vip}}", "truetrue")]
    [InlineData("Tags: {{steps.get_customer.output.tags}}", "Tags: [\"vip\"]")]
    [InlineData("[{{steps.get_customer.output.none}}]", "[]")]
    [InlineData("no tags here", "no tags here")]
    [InlineData("half {{ open", "half {{ open")]
    [InlineData("a {{! a comment }}b", "a b")]
    public void RenderString_InterpolatesValuesAsText(string text, string expected)
    {
        Assert.Equal(expected, TemplateRenderer.RenderString(text, Scope));
    }

    [Fact]
    public void RenderString_DoesNotRenderTemplatesFoundInData()
    {
        Assert.Equal("Hi {{secrets.apiKey}}", TemplateRenderer.RenderString("Hi {{input.name}}", Scope));
    }

    [Fact]
    public void Render_RendersEveryStringInsideObjectsAndLists_KeepingOtherValues()
    {
        var config = JsonNode.Parse("""
            { "to": "{{steps.get_customer.output.name}}", "limit": 20, "flag": false,
              "items": ["{{steps.get_customer.output.tags}}", "x {{input.customerId}}"], "nested": { "spent": "{{steps.get_customer.output.totalSpent}}" } }
            """);

        var rendered = TemplateRenderer.Render(config, Scope)!;

        Assert.Equal("""{"to":"John Doe","limit":20,"flag":false,"items":[["vip"],"x cust_456"],"nested":{"spent":1500.5}}""", rendered.ToJsonString());
    }

    [Fact]
    public void Render_LeavesTheConfigUnchanged()
    {
        var config = JsonNode.Parse("""{ "to": "{{input.customerId}}" }""")!;

        TemplateRenderer.Render(config, Scope);

        Assert.Equal("""{"to":"{{input.customerId}}"}""", config.ToJsonString());
    }

    [Fact]
    public void RenderString_ThrowsNamingTheMissingPath_WhenAVariableDoesNotExist()
    {
        var error = Assert.Throws<TemplatePathException>(() => TemplateRenderer.RenderString("Hi {{steps.get_customer.output.nmae}}", Scope));

        Assert.Equal("steps.get_customer.output", error.NearestExisting);
        Assert.Contains("did you mean 'name'", error.Message);
    }

    [Theory]
    [InlineData("{{}}")]
    [InlineData("{{a..b}}")]
    [InlineData("{{#open}} never closed")]
    [InlineData("{{/close}}")]
    [InlineData("{{#a}}{{/b}}")]
    public void RenderString_ThrowsSyntaxError_ForAMalformedTemplate(string text)
    {
        Assert.Throws<TemplateSyntaxException>(() => TemplateRenderer.RenderString(text, Scope));
    }

    [Fact]
    public void Parse_MarksOnlyASingleBarePathAsWholeValue()
    {
        Assert.True(Template.Parse("{{input.customerId}}").IsWholeValue);
        Assert.False(Template.Parse("{{input.customerId}} ").IsWholeValue);
        Assert.False(Template.Parse("{{#input}}x{{/input}}").IsWholeValue);
        Assert.False(Template.Parse("{{.}}").IsWholeValue);
    }
}
