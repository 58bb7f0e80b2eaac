using System.Diagnostics;
using System.Text;
using Workflows.Engine.Expressions;
using Workflows.Engine.Templating;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Expressions;

/// <summary>
/// Random and mutated expressions either evaluate or fail with one of the engine's own errors, which the
/// condition step turns into a failed step. Anything else would crash a run. Inputs stay bounded in size.
/// </summary>
public sealed class ExpressionFuzzTests
{
    private const int Seed = 20_260_302;

    private static readonly string[] Vocabulary =
    [
        "{{customer.age}}", "{{customer.tags}}", "{{customer.name}}", "{{order.items}}", "{{missing.x}}", "{{customer}}",
        "{{", "}}", "{{}}", "{{a..b}}", "{{order.items[9]}}", "(", ")", "!", "&&", "||", "==", "!=", ">", ">=", "<", "<=",
        "contains", "includes", "startsWith", "endsWith", ".length", ".name", "'text'", "\"q\"", "'", "\"", "\\", "12", "-",
        "3.5", "0", "-0", new string('9', 400), "true", "false", "null", "bare", "a.b[0]", "x[99999999999]", "[", "]", ".",
        "#", "=", "&", "|", "é", "\u0000", "\t", "'NaN'", "'Infinity'", "'1e308'", "'-1e309'", "$now",
    ];

    private static readonly string[] Valid =
    [
        "{{customer.age}} >= 18",
        "{{order.total}} > 100 && {{order.total}} < 500",
        "{{customer.status}} == 'active' || !({{customer.age}} < 18)",
        "{{customer.email}} contains '@gmail.com'",
        "{{customer.tags}} includes 'vip'",
        "{{order.items.length}} > 5 && {{customer.name}} startsWith \"A\"",
        "({{customer.totalSpent}} > 1000) == true",
    ];

    private static readonly JsonScope Scope = JsonScope.Parse("""
        {
          "customer": { "age": 18, "status": "active", "email": "ada@gmail.com", "tags": ["vip"], "totalSpent": 1500, "name": "Ada" },
          "order": { "total": 250, "items": [1, 2, 3], "nothing": null }
        }
        """);

    [Fact]
    public void ParseAndEvaluate_OnlyThrowEngineErrors_ForTwentyThousandRandomExpressions()
    {
        var random = new Random(Seed);
        var unexpected = new List<string>();
        var evaluated = 0;
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < 20_000; i++)
        {
            var text = i % 2 == 0 ? RandomTokens(random) : Mutate(Valid[random.Next(Valid.Length)], random);
            try
            {
                ConditionExpression.Parse(text).Evaluate(Scope);
                evaluated++;
            }
            catch (Exception ex) when (ex is ExpressionParseException or ExpressionEvaluationException or TemplatePathException)
            {
            }
            catch (Exception ex)
            {
                unexpected.Add($"{ex.GetType().Name} for <{text}>: {ex.Message}");
            }
        }

        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Distinct().Take(10)));
        Assert.InRange(evaluated, 1_000, 20_000);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    private static string RandomTokens(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(1, 16);
        for (var i = 0; i < count; i++)
        {
            text.Append(Vocabulary[random.Next(Vocabulary.Length)]);
            if (random.Next(3) > 0)
            {
                text.Append(' ');
            }
        }
        return text.ToString();
    }

    private static string Mutate(string text, Random random)
    {
        var chars = new StringBuilder(text);
        var mutations = random.Next(1, 4);
        for (var i = 0; i < mutations && chars.Length > 0; i++)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(4))
            {
                case 0:
                    chars.Remove(at, 1);
                    break;
                case 1:
                    chars.Insert(at, Vocabulary[random.Next(Vocabulary.Length)]);
                    break;
                case 2 when at + 1 < chars.Length:
                    (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                    break;
                default:
                    chars.Insert(at, chars.ToString(at, Math.Min(chars.Length - at, random.Next(1, 12))));
                    break;
            }
        }
        return chars.ToString();
    }
}
