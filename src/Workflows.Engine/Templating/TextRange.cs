namespace Workflows.Engine.Templating;

/// <summary>A stretch of rendered text: where it starts and how many characters it has.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(int start, int end) => Start < end && start < End;
}
