using System.Text;
using Workflows.Engine.Editing;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Engine.Model;

/// <summary>
/// Writes a workflow as a Mermaid flowchart: each step titled as the canvas titles it ("Wait 3 days", "Send email"), in
/// the shape its type's declaration names, one labelled arrow per port. Node ids are generated (<c>s0</c>, <c>s1</c>…),
/// so no name a person typed reaches the diagram's syntax.
/// </summary>
public static class MermaidWriter
{
    public static string Write(WorkflowDefinition definition, ActionCatalog actions)
    {
        var graph = WorkflowGraph.For(definition);
        var text = new StringBuilder("flowchart TD\n");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var step in definition.Steps)
        {
            var id = ids.TryAdd(step.Slug, $"s{ids.Count}") ? ids[step.Slug] : null;
            if (id is not null)
            {
                text.Append("    ").Append(Shape(id, step, DataTree.Title(step, actions))).Append('\n');
            }
        }
        var needsEnd = false;
        foreach (var step in definition.Steps)
        {
            foreach (var (port, target) in step.NextSteps)
            {
                string targetId;
                if (ids.TryGetValue(target, out var found))
                {
                    targetId = found;
                }
                else if (graph.IsEnd(target))
                {
                    targetId = "end_";
                    needsEnd = true;
                }
                else
                {
                    continue;
                }
                text.Append("    ").Append(ids[step.Slug]).Append(" -->|").Append(MermaidLabel.Escape(port)).Append("| ").Append(targetId).Append('\n');
            }
        }
        if (needsEnd)
        {
            text.Append("    end_((end))\n");
        }
        return text.ToString();
    }

    private static string Shape(string id, StepDefinition step, string title)
    {
        var label = MermaidLabel.Escape(title);
        return (StepTypes.Find(step.Type)?.Shape ?? MermaidShape.Rectangle) switch
        {
            MermaidShape.Stadium => $"{id}([\"{label}\"])",
            MermaidShape.Rhombus => $"{id}{{\"{label}\"}}",
            MermaidShape.Subroutine => $"{id}[[\"{label}\"]]",
            MermaidShape.Parallelogram => $"{id}[/\"{label}\"/]",
            MermaidShape.Flag => $"{id}>\"{label}\"]",
            _ => $"{id}[\"{label}\"]",
        };
    }
}
