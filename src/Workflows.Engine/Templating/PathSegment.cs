namespace Workflows.Engine.Templating;

/// <summary>One step of a path: a property name or a list index.</summary>
public readonly record struct PathSegment(string? Name, int Index)
{
    public static PathSegment ForName(string name) => new(name, -1);

    public static PathSegment ForIndex(int index) => new(null, index);

    public override string ToString() => Name ?? $"[{Index}]";
}
