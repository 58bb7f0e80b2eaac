namespace Workflows.Engine.Expressions.Conditions;

/// <summary>A condition read into rows, or why the builder cannot show it (then it is edited as text).</summary>
public sealed record ConditionReading(ConditionGroup? Group, string? Problem)
{
    public bool FitsBuilder => Group is not null;
}
