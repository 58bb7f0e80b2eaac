using System.Diagnostics;
using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Runtime;
using Workflows.Engine.Templating;
using Workflows.Engine.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Templating;

/// <summary>No template can exhaust the process: sections nest at most 32 deep, and output stops at the limit.</summary>
public sealed class TemplateLimitTests
{
    private static readonly string HundredThousandNestedSections =
        string.Concat(Enumerable.Repeat("{{#input}}", 100_000)) + "x" + string.Concat(Enumerable.Repeat("{{/input}}", 100_000));

    /// <summary>Five sections nested over a 30-item list: 30^5 repetitions, 24 million characters without a limit.</summary>
    private static readonly string FiveNestedSections =
        "{{#input.items}}{{#input.items}}{{#input.items}}{{#input.items}}{{#input.items}}{{name}} {{/input.items}}{{/input.items}}{{/input.items}}{{/input.items}}{{/input.items}}";

    private static readonly JsonObject ThirtyItems = new()
    {
        ["items"] = new JsonArray(Enumerable.Range(1, 30).Select(i => (JsonNode?)new JsonObject { ["name"] = $"item-{i:00}" }).ToArray()),
    };

    [Fact]
    public void Validate_ReportsAnInvalidTemplate_ForAHundredThousandNestedSections()
    {
        var report = new WorkflowValidator(new GuideActions().Catalog()).Validate(Flow.Steps(SetVariables(HundredThousandNestedSections)));

        var finding = Assert.Single(report.Errors, f => f.Code == FindingCodes.InvalidTemplate);
        Assert.Contains("nested more than 32 deep", finding.Message);
    }

    [Fact]
    public async Task Run_TakesTheErrorPortWithAClearMessage_ForAHundredThousandNestedSections()
    {
        var state = await new TestEngine().RunAsync(Flow.Steps(SetVariables(HundredThousandNestedSections)), new JsonObject { ["x"] = 1 });

        Assert.Equal("error", state.Steps["a"]!["port"]!.GetValue<string>());
        Assert.Contains("nested more than 32 deep", state.Steps["a"]!["error"]!.GetValue<string>());
    }

    [Fact]
    public void RenderString_ShowsEverySection_WhenTheyNestThirtyTwoDeep()
    {
        var text = string.Concat(Enumerable.Repeat("{{#a}}", 32)) + "deep" + string.Concat(Enumerable.Repeat("{{/a}}", 32));

        Assert.Equal("deep", TemplateRenderer.RenderString(text, JsonScope.Parse("""{ "a": true }""")));
    }

    [Fact]
    public void RenderString_StopsAtTheLimitWithoutBuildingTheText_ForFiveNestedSectionsOverThirtyItems()
    {
        var clock = Stopwatch.StartNew();

        var tooLarge = Assert.Throws<TemplateTooLargeException>(() =>
            TemplateRenderer.RenderString(FiveNestedSections, new JsonScope(new JsonObject { ["input"] = ThirtyItems.DeepClone() })));

        Assert.Equal(WorkflowLimits.Default.MaxRenderedChars, tooLarge.MaxChars);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void RenderString_StopsAtTheLimit_WhenNestedSectionsRepeatWithoutWritingAnything()
    {
        var text = string.Concat(Enumerable.Repeat("{{#input.items}}", 30)) + string.Concat(Enumerable.Repeat("{{/input.items}}", 30));

        Assert.Throws<TemplateTooLargeException>(() =>
            TemplateRenderer.RenderString(text, new JsonScope(new JsonObject { ["input"] = ThirtyItems.DeepClone() })));
    }

    [Fact]
    public void RenderString_RendersUpToTheLimit_AndNotOneCharacterMore()
    {
        var scope = JsonScope.Parse("""{ "name": "abcde" }""");

        Assert.Equal("abcde!", TemplateRenderer.RenderString("{{name}}!", scope, maxChars: 6));
        Assert.Throws<TemplateTooLargeException>(() => TemplateRenderer.RenderString("{{name}}!!", scope, maxChars: 6));
    }

    [Fact]
    public async Task Run_TakesTheErrorPortWithAClearMessage_WhenATemplateRendersMoreThanTheLimit()
    {
        var engine = new TestEngine { Options = new ExecutorOptions { Limits = new WorkflowLimits { MaxRenderedChars = 100_000 } } };

        var state = await engine.RunAsync(Flow.Steps(SetVariables(FiveNestedSections)), ThirtyItems.DeepClone());

        Assert.Equal("error", state.Steps["a"]!["port"]!.GetValue<string>());
        Assert.Equal(
            "The text this template fills in would be longer than 100,000 characters, the most one value may hold. Shorten the template, or the list its sections repeat over.",
            state.Steps["a"]!["error"]!.GetValue<string>());
        Assert.Null(state.Variables["report"]);
    }

    private static string SetVariables(string template) => $$"""
        [
          { "stepSlug": "t", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "a" } },
          { "stepSlug": "a", "stepType": "action", "config": { "type": "set_variables", "parameters": { "report": {{System.Text.Json.JsonSerializer.Serialize(template)}} } },
            "nextSteps": { "success": "end", "error": "end" } }
        ]
        """;
}
