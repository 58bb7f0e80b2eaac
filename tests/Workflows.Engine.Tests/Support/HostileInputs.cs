using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Support;

/// <summary>
/// Generated deep and long inputs for the workflow reader, the validator and the expression parser: random bytes,
/// deeply nested JSON, long chains, wide fan-outs, deep and long expressions, mutated workflows. Each must give a
/// result or one of the documented errors (<see cref="WorkflowFormatException"/>, <see cref="ExpressionParseException"/>).
/// The same seed gives the same inputs. Shared by the fuzz test and the benchmark.
/// </summary>
public sealed class HostileInputs(int seed)
{
    private const string ValidWorkflow = """
        { "name": "Welcome", "steps": [
          { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "check" } },
          { "stepSlug": "check", "stepType": "condition", "config": { "expression": "{{input.total}} > 100 && !({{input.vip}} == true)" }, "nextSteps": { "true": "each", "false": "end" } },
          { "stepSlug": "each", "stepType": "loop", "config": { "items": "{{input.items}}" }, "nextSteps": { "next": "note", "done": "end" } },
          { "stepSlug": "note", "stepType": "action", "config": { "type": "set_variables", "parameters": { "x": "{{loop.item}}" } }, "nextSteps": { "success": "each", "error": "end" } } ] }
        """;

    private static readonly string[] ExpressionParts = ["(", ")", "!", "&&", "||", "==", ">", "{{input.a}}", "'t'", "1", "-", ".length", "contains", "{{", "}}", " "];

    private readonly Random _random = new(seed);
    private readonly WorkflowValidator _validator = new(new ActionCatalog([]));

    public int Seed { get; } = seed;

    public HostileInputReport Run(int cases)
    {
        var unexpected = new List<string>();
        var slowest = TimeSpan.Zero;
        var slowestCase = "";
        var clock = new Stopwatch();
        for (var i = 0; i < cases; i++)
        {
            var kind = _random.Next(8);
            var size = _random.Next(200) == 0 ? _random.Next(1, 3_000) : _random.Next(1, 40);
            clock.Restart();
            try
            {
                RunCase(kind, size);
            }
            catch (Exception ex) when (ex is WorkflowFormatException or ExpressionParseException)
            {
            }
            catch (Exception ex)
            {
                unexpected.Add($"case {i} (kind {kind}, size {size}): {ex.GetType().Name}: {ex.Message}");
            }
            if (clock.Elapsed > slowest)
            {
                (slowest, slowestCase) = (clock.Elapsed, $"case {i} (kind {kind}, size {size})");
            }
        }
        return new HostileInputReport(cases, unexpected, slowest, slowestCase);
    }

    private void RunCase(int kind, int size)
    {
        switch (kind)
        {
            case 0:
                var bytes = new byte[size * 10];
                _random.NextBytes(bytes);
                ReadAndValidate(Encoding.UTF8.GetString(bytes));
                break;
            case 1:
                var depth = size * 3;
                ReadAndValidate($$"""{ "name": "deep", "steps": [ { "stepSlug": "a", "stepType": "action", "config": {{new string('[', depth)}}{{new string(']', depth)}} } ] }""");
                break;
            case 2:
                _validator.Validate(Chain(size, backTo: _random.Next(size + 1)));
                break;
            case 3:
                _validator.Validate(FanOut(size));
                break;
            case 4:
                var nesting = size * 2;
                ConditionExpression.Parse(_random.Next(3) switch
                {
                    0 => new string('(', nesting) + "1" + new string(')', nesting),
                    1 => new string('!', nesting) + "true",
                    _ => string.Join(" && ", Enumerable.Repeat("{{input.a}} > 1", nesting * 10)),
                });
                break;
            case 5:
                ConditionExpression.Parse(string.Concat(Enumerable.Range(0, size).Select(_ => ExpressionParts[_random.Next(ExpressionParts.Length)])));
                break;
            case 6:
                ReadAndValidate(Mutate(ValidWorkflow, size));
                break;
            default:
                var nested = new JsonObject();
                var inner = nested;
                for (var i = 0; i < Math.Min(size, 60); i++)
                {
                    var child = new JsonObject { ["text"] = "{{input.a}}" };
                    inner["n"] = child;
                    inner = child;
                }
                _validator.Validate(new WorkflowDefinition("nested", [new("a", StepTypes.Action, nested, new Dictionary<string, string>())]));
                break;
        }
    }

    private void ReadAndValidate(string json) => _validator.Validate(WorkflowJson.Parse(json));

    /// <summary>A trigger and a line of actions; the last leads back to step <paramref name="backTo"/>, or ends when it is past the line.</summary>
    private static WorkflowDefinition Chain(int count, int backTo)
    {
        var steps = new List<StepDefinition> { new("start", StepTypes.Trigger, new JsonObject { ["type"] = TriggerTypes.Manual }, Next(("success", "s0"))) };
        for (var i = 0; i < count; i++)
        {
            var next = i + 1 < count ? $"s{i + 1}" : backTo < count ? $"s{backTo}" : "end";
            steps.Add(new($"s{i}", StepTypes.Action, new JsonObject { ["type"] = "set_variables" }, Next(("success", next), ("error", "end"))));
        }
        return new WorkflowDefinition("chain", steps);
    }

    /// <summary>A condition whose two ports each lead to one of many steps that all lead to one last step, reading every step's output.</summary>
    private static WorkflowDefinition FanOut(int count)
    {
        var steps = new List<StepDefinition> { new("start", StepTypes.Trigger, new JsonObject { ["type"] = TriggerTypes.Manual }, Next(("success", "b0"))) };
        for (var i = 0; i < count; i++)
        {
            steps.Add(new($"b{i}", StepTypes.Condition, new JsonObject { ["expression"] = "{{input.a}} > 1" }, Next(("true", "last"), ("false", $"b{i + 1}"))));
        }
        var reads = new JsonObject([.. Enumerable.Range(0, count).Select(i => KeyValuePair.Create($"v{i}", (JsonNode?)$"{{{{steps.b{i}.port}}}}"))]);
        steps.Add(new("last", StepTypes.Action, new JsonObject { ["type"] = "set_variables", ["parameters"] = reads }, Next(("error", "end"))));
        return new WorkflowDefinition("fan-out", steps);
    }

    private string Mutate(string text, int edits)
    {
        var chars = new StringBuilder(text);
        for (var i = 0; i < edits; i++)
        {
            var at = _random.Next(chars.Length);
            switch (_random.Next(3))
            {
                case 0: chars.Remove(at, 1); break;
                case 1: chars.Insert(at, "{}[]\",:!(){{}}#/\\"[_random.Next(17)]); break;
                default: chars[at] = (char)_random.Next(32, 127); break;
            }
        }
        return chars.ToString();
    }

    private static Dictionary<string, string> Next(params (string Port, string Target)[] links) =>
        links.ToDictionary(l => l.Port, l => l.Target, StringComparer.Ordinal);
}
