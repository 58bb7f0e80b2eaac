using System.Text.Json.Nodes;
using Workflows.Blazor.Components.Shared;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Tests.Components.Shared;

public sealed class JsonViewTests : ComponentTest
{
    private readonly BunitJSModuleInterop _files;

    public JsonViewTests() => _files = JSInterop.SetupModule("./js/files.js");

    private IRenderedComponent<JsonView> RenderView(JsonNode? value) => Render<JsonView>(p => p.Add(c => c.Value, value));

    private static string Text(IRenderedComponent<JsonView> cut) => string.Join("\n", cut.FindAll(".jl-text").Select(line => line.TextContent));

    [Fact]
    public void JsonView_ShowsCharactersAsThemselves_WhereJsonWouldEscapeThem()
    {
        var cut = RenderView(new JsonObject
        {
            ["phone"] = "+15556094766",
            ["at"] = "2026-12-03T06:00:00+00:00",
            ["html"] = "<b>Hi</b> & \"you\" 'there'",
            ["name"] = "Zoë 🎉",
        });

        var text = Text(cut);
        Assert.Contains("\"phone\": \"+15556094766\",", text);
        Assert.Contains("\"at\": \"2026-12-03T06:00:00+00:00\",", text);
        Assert.Contains("\"html\": \"<b>Hi</b> & \\\"you\\\" 'there'\",", text);
        Assert.Contains("\"name\": \"Zoë 🎉\"", text);
        Assert.DoesNotContain("\\u", text);
        Assert.Empty(cut.FindAll(".json-view b"));
    }

    [Fact]
    public void JsonView_FoldsABlockOfSeveralLines_AndOpensItAgain()
    {
        var cut = RenderView(new JsonObject
        {
            ["customer"] = new JsonObject { ["id"] = "cust_1", ["name"] = "Ana", ["tier"] = "gold", ["city"] = "Porto" },
            ["tags"] = new JsonArray("vip"),
        });
        Assert.Single(cut.FindAll("[data-testid=json-fold]"));

        cut.Find("[data-testid=json-fold]").Click();

        Assert.Contains("\"customer\": { … 4 fields … },", Text(cut));
        Assert.DoesNotContain("Porto", Text(cut));
        Assert.Equal("false", cut.Find("[data-testid=json-fold]").GetAttribute("aria-expanded"));

        cut.Find("[data-testid=json-fold]").Click();

        Assert.Contains("\"city\": \"Porto\"", Text(cut));
    }

    [Fact]
    public void JsonView_ShowsABoundedPartOfAHugeValue_AndCopiesAllOfIt()
    {
        var value = new JsonArray([.. Enumerable.Range(0, 20_000).Select(n => (JsonNode)new JsonObject { ["n"] = n, ["note"] = $"row {n} of a very large output" })]);
        var full = ReadableJson.Format(value);
        Assert.True(full.Length > 1_000_000);
        _files.Setup<bool>("copy", _ => true).SetResult(true);
        var cut = RenderView(value);

        Assert.Equal(JsonLines.MaxLines, cut.FindAll(".jl").Count);
        Assert.Contains("Showing the first 400 of 80,002 lines (1.", cut.Find("[data-testid=json-cut]").TextContent);

        cut.Find("[data-testid=json-copy]").Click();

        Assert.Equal(full, _files.VerifyInvoke("copy").Arguments[0]);
    }

    [Fact]
    public void JsonView_CutsAValueTooLongToShow_AndSaysSo()
    {
        var cut = RenderView(new JsonObject { ["body"] = new string('x', 500_000) });

        Assert.True(cut.Find(".js").TextContent.Length <= JsonLines.MaxLineChars + 1);
        Assert.EndsWith("…", cut.Find(".js").TextContent);
        Assert.Contains("long values cut short", cut.Find("[data-testid=json-cut]").TextContent);
    }

    [Fact]
    public void JsonView_SaysWhatIsMissing_WhenThereIsNoValue()
    {
        var cut = Render<JsonView>(p => p.Add(c => c.Value, null).Add(c => c.Empty, "no output"));

        Assert.Equal("no output", cut.Find(".json-view").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=json-copy]"));
    }
}
