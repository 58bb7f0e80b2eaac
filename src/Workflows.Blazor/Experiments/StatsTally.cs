namespace Workflows.Blazor.Experiments;

/// <summary>
/// What a workflow's stats count over some runs: the runs, their conversions to the measured goal, the runs that reached each
/// step and left it by each port, and the converted runs by split path. Tallies of disjoint runs add up.
/// </summary>
public sealed class StatsTally
{
    public long Runs { get; set; }

    public long Conversions { get; set; }

    public Dictionary<string, long> Reached { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Step, string Port), long> Passed { get; } = [];

    public Dictionary<(string Step, string Port), long> ConvertedByPath { get; } = [];

    public void Add(StatsTally other)
    {
        Runs += other.Runs;
        Conversions += other.Conversions;
        AddTo(Reached, other.Reached);
        AddTo(Passed, other.Passed);
        AddTo(ConvertedByPath, other.ConvertedByPath);
    }

    private static void AddTo<TKey>(Dictionary<TKey, long> into, Dictionary<TKey, long> from) where TKey : notnull
    {
        foreach (var (key, count) in from)
        {
            into[key] = into.GetValueOrDefault(key) + count;
        }
    }
}
