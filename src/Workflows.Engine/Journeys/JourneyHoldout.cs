using Workflows.Engine.Experiments;

namespace Workflows.Engine.Journeys;

/// <summary>
/// Who a journey holds out: the contacts whose place (<see cref="SplitAssignment.Place"/>, the split step's sticky hash, of the
/// journey and the contact) falls in the first <see cref="JourneyDefinition.HoldoutPercent"/> of the line. As with a split, the
/// version is not hashed: saving a changed policy must not move contacts who enter again between adaptive and holdout, or the
/// comparison would measure neither; raising the share from 10% to 20% holds out exactly the contacts between the two marks.
/// </summary>
public static class JourneyHoldout
{
    public const double MaxPercent = 50;

    public const string Adaptive = "Adaptive";

    public const string Holdout = "Holdout";

    /// <summary>Stands where a split's step id stands in the hash: a journey has one holdout.</summary>
    private const string HashKey = "holdout";

    public static bool HoldsOut(string journeyId, string contactId, double percent) =>
        percent > 0 && SplitAssignment.Place(journeyId, HashKey, contactId) * 100 < percent;

    /// <summary>The comparison's two paths, as a split's: the adaptive contacts against the holdout.</summary>
    public static IReadOnlyList<SplitPath> Paths(double percent) =>
        [new SplitPath(Adaptive, 100 - percent), new SplitPath(Holdout, percent, Holdout: true)];
}
