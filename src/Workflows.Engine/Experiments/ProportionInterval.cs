namespace Workflows.Engine.Experiments;

/// <summary>
/// A range that holds a path's true conversion rate with 95% confidence: the Wilson score interval, which stays inside
/// 0 to 1 and is honest for small samples and rates near 0, where the textbook "rate ± 1.96 standard errors" is not.
/// </summary>
public sealed record ProportionInterval(double Low, double High)
{
    public const double Confidence = 0.95;
    public const double Z = 1.959963984540054;
    public const string Method = "Wilson score interval";

    public static ProportionInterval Wilson(long successes, long trials)
    {
        if (trials <= 0)
        {
            return new ProportionInterval(0, 1);
        }
        double n = trials;
        var p = successes / n;
        var z2 = Z * Z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = Z / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new ProportionInterval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
