namespace Workflows.Engine.Expressions.Conditions;

/// <summary>The value a row looks at: a path, written <c>{{path}}</c> when <paramref name="Braced"/> or bare (as record filters are).</summary>
public sealed record ConditionField(string Path, bool Braced = true)
{
    public string ToExpression() => Braced ? $"{{{{{Path}}}}}" : Path;
}
