using System.Text.Json.Nodes;
using Workflows.Engine.Templating;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Templating;

/// <summary>
/// The official Mustache spec's interpolation cases (specs/interpolation.yml) that are about escaping, triple
/// mustache and ampersand, rendered as an HTML message, where Mustache's escaping rule applies.
/// </summary>
public sealed class MustacheSpecInterpolationTests
{
    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { "No Interpolation", "{}", "Hello from {Mustache}!\n", "Hello from {Mustache}!\n" },
        { "Basic Interpolation", """{ "subject": "world" }""", "Hello, {{subject}}!\n", "Hello, world!\n" },
        { "HTML Escaping", """{ "forbidden": "& \" < >" }""", "These characters should be HTML escaped: {{forbidden}}\n", "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n" },
        { "Triple Mustache", """{ "forbidden": "& \" < >" }""", "These characters should not be HTML escaped: {{{forbidden}}}\n", "These characters should not be HTML escaped: & \" < >\n" },
        { "Ampersand", """{ "forbidden": "& \" < >" }""", "These characters should not be HTML escaped: {{&forbidden}}\n", "These characters should not be HTML escaped: & \" < >\n" },
        { "Basic Integer Interpolation", """{ "mph": 85 }""", "\"{{mph}} miles an hour!\"", "\"85 miles an hour!\"" },
        { "Triple Mustache Integer Interpolation", """{ "mph": 85 }""", "\"{{{mph}}} miles an hour!\"", "\"85 miles an hour!\"" },
        { "Ampersand Integer Interpolation", """{ "mph": 85 }""", "\"{{&mph}} miles an hour!\"", "\"85 miles an hour!\"" },
        // The spec writes 1.210; numbers keep the digits they were stored with here, so the case uses 1.21.
        { "Basic Decimal Interpolation", """{ "power": 1.21 }""", "\"{{power}} jiggawatts!\"", "\"1.21 jiggawatts!\"" },
        { "Triple Mustache Decimal Interpolation", """{ "power": 1.21 }""", "\"{{{power}}} jiggawatts!\"", "\"1.21 jiggawatts!\"" },
        { "Ampersand Decimal Interpolation", """{ "power": 1.21 }""", "\"{{&power}} jiggawatts!\"", "\"1.21 jiggawatts!\"" },
        { "Basic Null Interpolation", """{ "cannot": null }""", "I ({{cannot}}) be seen!", "I () be seen!" },
        { "Triple Mustache Null Interpolation", """{ "cannot": null }""", "I ({{{cannot}}}) be seen!", "I () be seen!" },
        { "Ampersand Null Interpolation", """{ "cannot": null }""", "I ({{&cannot}}) be seen!", "I () be seen!" },
        { "Dotted Names - Basic Interpolation", """{ "person": { "name": "Joe" } }""", "\"{{person.name}}\" == \"{{#person}}{{name}}{{/person}}\"", "\"Joe\" == \"Joe\"" },
        { "Dotted Names - Triple Mustache Interpolation", """{ "person": { "name": "Joe" } }""", "\"{{{person.name}}}\" == \"{{#person}}{{{name}}}{{/person}}\"", "\"Joe\" == \"Joe\"" },
        { "Dotted Names - Ampersand Interpolation", """{ "person": { "name": "Joe" } }""", "\"{{&person.name}}\" == \"{{#person}}{{&name}}{{/person}}\"", "\"Joe\" == \"Joe\"" },
        { "Implicit Iterators - HTML Escaping", """{ "list": ["& \" < >"] }""", "{{#list}}These characters should be HTML escaped: {{.}}\n{{/list}}", "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n" },
        { "Implicit Iterators - Triple Mustache", """{ "list": ["& \" < >"] }""", "{{#list}}These characters should not be HTML escaped: {{{.}}}\n{{/list}}", "These characters should not be HTML escaped: & \" < >\n" },
        { "Implicit Iterators - Ampersand", """{ "list": ["& \" < >"] }""", "{{#list}}These characters should not be HTML escaped: {{&.}}\n{{/list}}", "These characters should not be HTML escaped: & \" < >\n" },
        { "Interpolation - Surrounding Whitespace", """{ "string": "---" }""", "| {{string}} |", "| --- |" },
        { "Triple Mustache - Surrounding Whitespace", """{ "string": "---" }""", "| {{{string}}} |", "| --- |" },
        { "Ampersand - Surrounding Whitespace", """{ "string": "---" }""", "| {{&string}} |", "| --- |" },
        { "Interpolation - Standalone", """{ "string": "---" }""", "  {{string}}\n", "  ---\n" },
        { "Triple Mustache - Standalone", """{ "string": "---" }""", "  {{{string}}}\n", "  ---\n" },
        { "Ampersand - Standalone", """{ "string": "---" }""", "  {{&string}}\n", "  ---\n" },
        { "Interpolation With Padding", """{ "string": "---" }""", "|{{ string }}|", "|---|" },
        { "Triple Mustache With Padding", """{ "string": "---" }""", "|{{{ string }}}|", "|---|" },
        { "Ampersand With Padding", """{ "string": "---" }""", "|{{& string }}|", "|---|" },
        // Beyond the spec's data: the apostrophe, which Mustache implementations escape as well.
        { "Apostrophe", """{ "quote": "it's" }""", "{{quote}}", "it&#39;s" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RenderMessage_FollowsTheMustacheSpec_InAnHtmlMessage(string name, string data, string template, string expected)
    {
        var scope = new JsonScope(JsonNode.Parse(data)!.AsObject());

        var rendered = TemplateRenderer.RenderHtml(template, scope);

        Assert.True(expected == rendered, $"{name}: expected {expected}, got {rendered}");
    }
}
