using System.Text.Json.Nodes;
using Workflows.Engine.Expressions;
using Workflows.Engine.Templating;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Expressions;

/// <summary>
/// Expression-injection payloads known from other workflow and template tools (n8n/JavaScript, Jinja,
/// Liquid, Spring EL, OGNL, Handlebars). Ours has no way to run code: as expressions they fail to parse,
/// and as data or templates they stay inert text.
/// </summary>
public sealed class ForeignInjectionPayloadTests
{
    public static TheoryData<string> Payloads() => new(
        "{{ $env.SECRET }}",
        "{{ this.constructor.constructor('return process')() }}",
        "constructor.constructor('return process.env')()",
        "={{ require('child_process').execSync('id') }}",
        "{{ $jmespath($json, 'a') }}",
        "{{7*7}}",
        "${7*7}",
        "#{7*7}",
        "{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{% assign x = 'y' %}{{ x }}",
        "T(java.lang.Runtime).getRuntime().exec('id')",
        "@java.lang.Runtime@getRuntime().exec('id')",
        "{{#with \"s\" as |string|}}{{string.sub.apply 0}}{{/with}}",
        "__proto__.polluted == true",
        "eval('1+1') == 2");

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Parse_RefusesOrReadsOnlyData_ForAForeignPayload(string payload)
    {
        try
        {
            var expression = ConditionExpression.Parse(payload);
            // Whatever parses is only comparisons of paths and literals; on empty data it reads nothing and runs nothing.
            Assert.All(expression.Paths(), path => Assert.DoesNotContain("(", path.Path.Text));
            _ = Evaluate(expression);
        }
        catch (Exception ex) when (ex is ExpressionParseException or ExpressionEvaluationException or TemplatePathException or TemplateSyntaxException)
        {
        }
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Render_KeepsAPayloadInDataAsPlainText(string payload)
    {
        var scope = new JsonScope(new JsonObject { ["input"] = new JsonObject { ["note"] = payload } });

        Assert.Equal(payload, TemplateRenderer.RenderString("{{input.note}}", scope));
    }

    private static bool Evaluate(ConditionExpression expression)
    {
        try
        {
            return expression.Evaluate(new JsonScope(new JsonObject()));
        }
        catch (Exception ex) when (ex is ExpressionEvaluationException or TemplatePathException)
        {
            return false;
        }
    }
}
