using System.Text;

namespace Workflows.Engine.Model;

/// <summary>Writes a workflow as a Mermaid flowchart: each step type in the shape its declaration names, one labelled arrow per port.</summary>
public static class MermaidWriter
{
    public static string Write(WorkflowDefinition definition)
    {
        var graph = WorkflowGraph.For(definition);
        var text = new StringBuilder("flowchart TD\n");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var step in definition.Steps)
        {
            var id = ids.TryAdd(step.Slug, $"s{ids.Count}") ? ids[step.Slug] : null;
            if (id is not null)
            {
                text.Append("    ").Append(Shape(id, step)).Append('\n');
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

    private static string Shape(string id, StepDefinition step)
    {
        var label = MermaidLabel.Escape($"{step.DisplayName} ({step.Type})");
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
