namespace Workflows.Engine.Model;

/// <summary>The Mermaid flowchart shapes step types are drawn with.</summary>
public enum MermaidShape
{
    /// <summary><c>["…"]</c></summary>
    Rectangle,

    /// <summary><c>(["…"])</c>, where a run starts.</summary>
    Stadium,

    /// <summary><c>{"…"}</c>, a decision.</summary>
    Rhombus,

    /// <summary><c>[["…"]]</c>, a step that runs others.</summary>
    Subroutine,

    /// <summary><c>[/"…"/]</c>, a pause.</summary>
    Parallelogram,

    /// <summary><c>>"…"]</c></summary>
    Flag,
}
