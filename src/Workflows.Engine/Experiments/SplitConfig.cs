using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Experiments;

/// <summary>
/// What a split step's config says, read leniently so the validator can name every problem:
/// <c>{ "contact": "{{…}}", "paths": [ { "name": "A", "weight": 50 }, { "name": "Holdout", "weight": 10, "holdout": true } ] }</c>.
/// A path without a readable name reads as an empty name, one without a number for its weight as weight 0. A split whose
/// experiment was ended also has <c>"winner": { "path": "B", "endedAt": "…", "result": "…" }</c>, and sends everyone down that path.
/// </summary>
public static class SplitConfig
{
    public const string PathsKey = "paths";
    public const string ContactKey = "contact";
    public const string WinnerKey = "winner";
    public const int MinPaths = 2;
    public const int MaxPaths = 8;

    /// <summary>A new split's config: paths A and B, half each.</summary>
    public static JsonObject Starting() => new()
    {
        [PathsKey] = new JsonArray(ToJson(new SplitPath("A", 50)), ToJson(new SplitPath("B", 50))),
    };

    public static IReadOnlyList<SplitPath> Paths(StepDefinition step) =>
        step.Config[PathsKey] is JsonArray paths ? [.. paths.Select(Read)] : [];

    /// <summary>The port names of a split step: its paths' names, in order.</summary>
    public static IReadOnlyList<string> Ports(StepDefinition step) =>
        [.. Paths(step).Select(p => p.Name).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal)];

    /// <summary>The names of a split step's holdout paths: ports whose contacts get nothing and whose runs end there.</summary>
    public static IReadOnlyList<string> Holdouts(StepDefinition step) => [.. Paths(step).Where(p => p.Holdout).Select(p => p.Name)];

    /// <summary>How the split's experiment ended, or null while it runs (or when the winner cannot be read).</summary>
    public static SplitWinner? Winner(StepDefinition step) =>
        step.Config[WinnerKey] is JsonObject winner && winner["path"] is JsonValue path && path.TryGetValue(out string? name)
            ? new SplitWinner(name,
                winner["endedAt"] is JsonValue at && at.TryGetValue(out DateTimeOffset endedAt) ? endedAt : DateTimeOffset.MinValue,
                winner["result"] is JsonValue result && result.TryGetValue(out string? text) ? text : "")
            : null;

    /// <summary>The split with its experiment ended: everyone takes the winner's path from now on.</summary>
    public static StepDefinition WithWinner(StepDefinition step, SplitWinner winner)
    {
        var config = (JsonObject)step.Config.DeepClone();
        config[WinnerKey] = new JsonObject { ["path"] = winner.Path, ["endedAt"] = winner.EndedAt, ["result"] = winner.Result };
        return step with { Config = config };
    }

    /// <summary>"A 45% · B 45% · Holdout 10%": each path's share of contacts; "Everyone takes B" once the experiment ended.</summary>
    public static string Summary(StepDefinition step) =>
        Winner(step) is { } winner ? $"Everyone takes {winner.Path} (experiment ended)"
        : Paths(step) is { Count: > 0 } paths ? string.Join(" · ", paths.Select(p => $"{p.Name} {PercentText(Percent(p, paths))}")) : "No paths yet";

    /// <summary>The share of all contacts a path gets, in percent.</summary>
    public static double Percent(SplitPath path, IReadOnlyList<SplitPath> paths) =>
        paths.Sum(p => p.Weight) is > 0 and var total ? path.Weight * 100 / total : 0;

    /// <summary>"50%", "33.3%": a share as people read it.</summary>
    public static string PercentText(double percent) => percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static JsonObject ToJson(SplitPath path)
    {
        var json = new JsonObject { ["name"] = path.Name, ["weight"] = path.Weight };
        if (path.Holdout)
        {
            json["holdout"] = true;
        }
        return json;
    }

    private static SplitPath Read(JsonNode? node) => node switch
    {
        JsonObject path => new SplitPath(
            path["name"] is JsonValue name && name.TryGetValue(out string? text) ? text : "",
            JsonText.TryGetNumber(path["weight"], out var weight) && double.IsFinite(weight) ? weight : 0,
            path["holdout"] is JsonValue holdout && holdout.GetValueKind() == JsonValueKind.True),
        JsonValue value when value.TryGetValue(out string? bare) => new SplitPath(bare, 0),
        _ => new SplitPath("", 0),
    };
}
