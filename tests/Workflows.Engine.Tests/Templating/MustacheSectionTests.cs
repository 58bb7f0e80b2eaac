using Workflows.Engine.Templating;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Templating;

public sealed class MustacheSectionTests
{
    private static readonly JsonScope Scope = JsonScope.Parse("""
        {
          "customers": [ { "name": "Ada", "email": "ada@example.com" }, { "name": "Alan", "email": "alan@example.com" } ],
          "tags": ["vip", "new"],
          "empty": [],
          "customer": { "name": "Grace", "vip": true },
          "title": "Report",
          "zero": 0,
          "blank": ""
        }
        """);

    [Theory]
    [InlineData("{{#customers}}{{name}}: {{email}}\n{{/customers}}", "Ada: ada@example.com\nAlan: alan@example.com\n")]
    [InlineData("{{#tags}}[{{.}}]{{/tags}}", "[vip][new]")]
    [InlineData("{{#customer}}{{name}}{{/customer}}", "Grace")]
    [InlineData("{{#customer.vip}}VIP {{customer.name}}{{/customer.vip}}", "VIP Grace")]
    [InlineData("{{#customers}}{{title}}/{{name}} {{/customers}}", "Report/Ada Report/Alan ")]
    [InlineData("{{#customers}}{{#tags}}{{name}}{{.}} {{/tags}}{{/customers}}", "Adavip Adanew Alanvip Alannew ")]
    public void RenderString_RepeatsOrShowsSection_WhenTheValueIsTruthy(string text, string expected)
    {
        Assert.Equal(expected, TemplateRenderer.RenderString(text, Scope));
    }

    [Theory]
    [InlineData("{{#empty}}x{{/empty}}")]
    [InlineData("{{#zero}}x{{/zero}}")]
    [InlineData("{{#blank}}x{{/blank}}")]
    [InlineData("{{#missing}}x{{/missing}}")]
    [InlineData("{{^customers}}x{{/customers}}")]
    [InlineData("{{^customer.vip}}x{{/customer.vip}}")]
    public void RenderString_HidesSection_WhenTheValueSaysSo(string text)
    {
        Assert.Equal("", TemplateRenderer.RenderString(text, Scope));
    }

    [Theory]
    [InlineData("{{^empty}}none{{/empty}}")]
    [InlineData("{{^missing}}none{{/missing}}")]
    [InlineData("{{^zero}}none{{/zero}}")]
    public void RenderString_ShowsInvertedSection_WhenTheValueIsFalsyOrMissing(string text)
    {
        Assert.Equal("none", TemplateRenderer.RenderString(text, Scope));
    }

    [Fact]
    public void RenderString_ThrowsSyntaxError_ForDotOutsideASection()
    {
        Assert.Throws<TemplateSyntaxException>(() => TemplateRenderer.RenderString("x {{.}}", Scope));
    }

    [Fact]
    public void Paths_ListsSectionPathsAndMarksWhatIsInside()
    {
        var paths = Template.Parse("{{title}}{{#customers}}{{name}}{{/customers}}").Paths().Select(p => (p.Path.Text, p.InsideSection));

        Assert.Equal([("title", false), ("customers", false), ("name", true)], paths);
    }
}
