namespace Workflows.Benchmarks.Runner;

/// <summary>Nearest-rank percentiles of a set of measurements, printed in one line.</summary>
internal sealed class Percentiles(IEnumerable<double> values)
{
    private readonly double[] _sorted = values.Order().ToArray();

    public double this[double percent] => _sorted.Length == 0
        ? double.NaN
        : _sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public override string ToString() =>
        $"n={_sorted.Length}  p50={this[50]:F1}  p95={this[95]:F1}  p99={this[99]:F1}  max={this[100]:F1} ms";
}
