using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Workflows.Engine.Templating;
using Workflows.Engine.Tests.Support;
using Xunit.Abstractions;

namespace Workflows.Engine.Tests.Templating;

/// <summary>
/// Generated templates, deep and long, as text, as typed values and as HTML messages: each renders or fails
/// with one of the engine's own template errors (which fail a step), never anything that would crash a run,
/// and none takes long. The seed is printed so a failure can be replayed; TEMPLATE_FUZZ_SEED picks another.
/// </summary>
public sealed class TemplateFuzzTests(ITestOutputHelper output)
{
    private const int Cases = 25_000;
    private const int DefaultSeed = 20_261_203;
    private const int MaxChars = 20_000;

    private static readonly string[] Pieces =
    [
        "{{#items}}", "{{/items}}", "{{^items}}", "{{#user}}", "{{/user}}", "{{#user.tags}}", "{{/user.tags}}", "{{^none}}", "{{/none}}",
        "{{name}}", "{{user.name}}", "{{{user.bio}}}", "{{& user.bio}}", "{{.}}", "{{{.}}}", "{{user.tags[0]}}", "{{user.tags[99]}}",
        "{{missing.x}}", "{{items.length}}", "{{!note}}", "{{", "}}", "{{{", "}}}", "{{}}", "{{#}}", "{{/}}", "{{a..b}}", "{{x[}}",
        "<a href=\"", "<img src='", "\">", "'>", "</a>", "<p>", "href=", " ", "=", "\"", "'", "<", ">", "&", "&#x6a;", "javascript:",
        "https://shop.example/", "mailto:", "text", "é", "\u0000", "\r\n", "\u202E", "{", "}",
    ];

    private static readonly JsonScope Scope = new(new JsonObject
    {
        ["items"] = new JsonArray(Enumerable.Range(0, 12).Select(i => (JsonNode?)new JsonObject { ["name"] = $"<b>{i}</b>", ["items"] = new JsonArray(1, 2, 3) }).ToArray()),
        ["user"] = new JsonObject { ["name"] = "\"><script>x</script>", ["bio"] = "<a href=\"javascript:alert(1)\">hi</a>", ["tags"] = new JsonArray("a", "b", "c") },
        ["name"] = "javascript:alert(1)",
    });

    [Fact]
    public void Templates_RenderOrFailWithATemplateError_InBoundedTime_ForGeneratedDeepAndLongTemplates()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("TEMPLATE_FUZZ_SEED"), out var chosen) ? chosen : DefaultSeed;
        output.WriteLine($"Template fuzz seed: {seed}");
        var random = new Random(seed);
        var slowest = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < Cases; i++)
        {
            var template = (i % 5) switch
            {
                0 => Deep(random),
                1 => Long(random),
                _ => RandomPieces(random, random.Next(1, 60)),
            };
            var one = Stopwatch.StartNew();
            try
            {
                switch (i % 3)
                {
                    case 0: TemplateRenderer.RenderString(template, Scope, MaxChars); break;
                    case 1: TemplateRenderer.RenderValue(template, Scope, MaxChars); break;
                    default: TemplateRenderer.RenderMessage(template, Scope, MaxChars); break;
                }
            }
            catch (Exception ex) when (ex is TemplateSyntaxException or TemplatePathException or TemplateTooLargeException)
            {
            }
            catch (Exception ex)
            {
                Assert.Fail($"Seed {seed}, case {i}: {ex.GetType().Name} {ex.Message} for template {Shorten(template)}");
            }
            slowest = one.Elapsed > slowest ? one.Elapsed : slowest;
        }

        // Only the slowest single template is bounded, and generously: a template that blows up takes minutes, while
        // the total depends on how busy the machine is (the hostile-inputs benchmark reports speed).
        output.WriteLine($"{Cases} templates in {clock.Elapsed.TotalSeconds:0.0} s, slowest {slowest.TotalMilliseconds:0} ms");
        Assert.InRange(slowest, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }

    /// <summary>Sections nested from a few to far past the limit, sometimes unbalanced.</summary>
    private static string Deep(Random random)
    {
        var depth = random.Next(2) == 0 ? random.Next(1, 40) : random.Next(1_000, 20_000);
        var open = random.Next(3) switch { 0 => "{{#items}}", 1 => "{{#user}}", _ => "{{^none}}" };
        var close = open.Replace("{{#", "{{/", StringComparison.Ordinal).Replace("{{^", "{{/", StringComparison.Ordinal);
        var closing = random.Next(10) == 0 ? depth - 1 : depth;
        return string.Concat(Enumerable.Repeat(open, depth)) + RandomPieces(random, 3) + string.Concat(Enumerable.Repeat(close, closing));
    }

    /// <summary>Long runs of the same piece: many variables, many unclosed tags, long text.</summary>
    private static string Long(Random random) =>
        string.Concat(Enumerable.Repeat(Pieces[random.Next(Pieces.Length)], random.Next(500, 8_000)));

    private static string RandomPieces(Random random, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }
        return text.ToString();
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length} characters)";
}
