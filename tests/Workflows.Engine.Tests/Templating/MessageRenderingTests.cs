using System.Text.Json.Nodes;
using Workflows.Engine.Templating;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Templating;

/// <summary>A message's kind comes from the designer's template; in HTML, data is escaped for where it lands.</summary>
public sealed class MessageRenderingTests
{
    private const string Phishing = "<a href=\"http://evil.example/claim\">Claim your prize</a>";

    private static JsonScope Scope(string name, string value) => new(new JsonObject { [name] = value });

    [Fact]
    public void RenderMessage_StaysTextWithTheNameAsData_WhenAPlainTemplateGetsMarkupInData()
    {
        var message = TemplateRenderer.RenderMessage("Hi {{name}}, thanks for joining.", Scope("name", Phishing));

        Assert.False(message.IsHtml);
        Assert.Equal($"Hi {Phishing}, thanks for joining.", message.Body);
        Assert.Equal([new TextRange(3, Phishing.Length)], message.DataRanges);
    }

    [Theory]
    [InlineData("<p>Hi {{name}}</p>")]
    [InlineData("Hi {{{name}}}")]
    [InlineData("Hi {{& name}}")]
    [InlineData("<table><tr><td>{{name}}</td></tr></table>")]
    public void RenderMessage_IsHtml_WhenTheDesignerWroteTagsOrAnUnescapedInsert(string template)
    {
        Assert.True(TemplateRenderer.RenderMessage(template, Scope("name", "Ana")).IsHtml);
    }

    [Theory]
    [InlineData("Hi {{name}}")]
    [InlineData("Price < 10 & more > 5 for {{name}}")]
    [InlineData("{{name}}")]
    public void RenderMessage_IsText_WhenTheDesignerWroteNoTags(string template)
    {
        Assert.False(TemplateRenderer.RenderMessage(template, Scope("name", "<p>Ana</p>")).IsHtml);
    }

    [Fact]
    public void RenderMessage_EscapesData_InAnHtmlTemplate()
    {
        var message = TemplateRenderer.RenderMessage("<p>Hi {{name}}</p>", Scope("name", Phishing));

        Assert.Equal("<p>Hi &lt;a href=&quot;http://evil.example/claim&quot;&gt;Claim your prize&lt;/a&gt;</p>", message.Body);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("  javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("ｊavascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    public void RenderMessage_WritesHash_WhenDataMakesALinkAnythingButWebOrEmail(string url)
    {
        var message = TemplateRenderer.RenderMessage("<a href=\"{{url}}\">Your order</a><img src='{{url}}'>", Scope("url", url));

        Assert.Equal("<a href=\"#\">Your order</a><img src='#'>", message.Body);
    }

    [Fact]
    public void RenderMessage_WritesHash_WhenDataFinishesTheSchemeTheDesignerStarted()
    {
        var message = TemplateRenderer.RenderMessage("<a href=\"java{{rest}}\">x</a>", Scope("rest", "script:alert(1)"));

        Assert.Equal("<a href=\"#\">x</a>", message.Body);
    }

    [Theory]
    [InlineData("https://shop.example/p?id=1&ref=mail", "https://shop.example/p?id=1&amp;ref=mail")]
    [InlineData("http://shop.example/", "http://shop.example/")]
    [InlineData("mailto:help@shop.example", "mailto:help@shop.example")]
    [InlineData("/orders/42", "/orders/42")]
    [InlineData("&#x6a;avascript:alert(1)", "&amp;#x6a;avascript:alert(1)")]
    [InlineData("javascript&colon;alert(1)", "javascript&amp;colon;alert(1)")]
    [InlineData("\" onmouseover=\"alert(1)", "&quot; onmouseover=&quot;alert(1)")]
    public void RenderMessage_KeepsEscapedLinks_ThatAreWebEmailOrRelative(string url, string written)
    {
        var message = TemplateRenderer.RenderMessage("<a href=\"{{url}}\">x</a>", Scope("url", url));

        Assert.Equal($"<a href=\"{written}\">x</a>", message.Body);
    }

    [Fact]
    public void RenderMessage_KeepsTheDesignersSite_WhenDataFillsInThePath()
    {
        var message = TemplateRenderer.RenderMessage("<a href=\"https://shop.example/{{path}}\">x</a>", Scope("path", "javascript:alert(1)"));

        Assert.Equal("<a href=\"https://shop.example/javascript:alert(1)\">x</a>", message.Body);
    }

    [Fact]
    public void RenderMessage_EscapesSpacesAndEquals_InAnUnquotedAttribute()
    {
        var message = TemplateRenderer.RenderMessage("<td title={{name}}>x</td>", Scope("name", "a onmouseover=alert(1)"));

        Assert.Equal("<td title=a&#32;onmouseover&#61;alert(1)>x</td>", message.Body);
    }

    [Fact]
    public void RenderMessage_InsertsUnescaped_ButStillRefusesScriptLinks_ForATripleMustache()
    {
        var message = TemplateRenderer.RenderMessage("<p>{{{bio}}}</p>", Scope("bio", "<b>Hi</b> <a href=\"javascript:alert(1)\">me</a>"));

        Assert.Equal("<p><b>Hi</b> <a href=\"#\">me</a></p>", message.Body);
    }

    [Fact]
    public void RenderMessage_MarksEveryValueAsData_InAnHtmlTemplate()
    {
        var message = TemplateRenderer.RenderMessage("<a href=\"{{url}}\">{{url}}</a>", Scope("url", "https://evil.example"));

        Assert.Equal([new TextRange(9, 20), new TextRange(31, 20)], message.DataRanges);
    }

    [Fact]
    public void RenderString_KeepsValuesAsTheyAre_OutsideMessages()
    {
        var scope = Scope("name", "<b>\"Ana\" & co</b>");

        Assert.Equal("{\"name\":\"<b>\"Ana\" & co</b>\"}", TemplateRenderer.RenderString("{\"name\":\"{{name}}\"}", scope));
        Assert.Equal("<b>\"Ana\" & co</b>", TemplateRenderer.RenderValue("{{name}}", scope)!.GetValue<string>());
    }
}
