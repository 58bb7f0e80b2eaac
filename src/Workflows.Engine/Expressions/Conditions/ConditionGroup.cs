namespace Workflows.Engine.Expressions.Conditions;

/// <summary>Rows and groups joined by AND or OR; a condition is one group.</summary>
public sealed record ConditionGroup(ConditionJoiner Joiner, IReadOnlyList<ConditionItem> Items) : ConditionItem
{
    public bool Equals(ConditionGroup? other) => other is not null && Joiner == other.Joiner && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => HashCode.Combine(Joiner, Items.Count);
}
