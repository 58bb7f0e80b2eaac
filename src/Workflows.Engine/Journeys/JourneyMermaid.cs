using System.Text;
using Workflows.Engine.Model;

namespace Workflows.Engine.Journeys;

/// <summary>
/// The paths contacts took so far, as a Mermaid flowchart: one node per action at each position, arrows labelled
/// with how many contacts went that way. A prefix tree, so "email, sms" and "email, email" stay apart.
/// </summary>
public static class JourneyMermaid
{
    public static string Write(IEnumerable<ObservedPath> paths)
    {
        var nodes = new Dictionary<string, (string Id, string Label)>(StringComparer.Ordinal) { [""] = ("start", "enrolled") };
        var edges = new Dictionary<(string From, string To), int>();
        foreach (var path in paths)
        {
            var prefix = "";
            foreach (var action in path.Actions)
            {
                var next = prefix + "\u001f" + action;
                if (!nodes.ContainsKey(next))
                {
                    nodes[next] = ($"n{nodes.Count}", action);
                }
                Count(edges, prefix, next);
                prefix = next;
            }
            if (path.Finished)
            {
                Count(edges, prefix, "\u001e");
            }
        }
        var text = new StringBuilder("flowchart TD\n    start((enrolled))\n");
        foreach (var (key, (id, label)) in nodes.Where(n => n.Key.Length > 0))
        {
            text.Append("    ").Append(id).Append("[\"").Append(MermaidLabel.Escape(label)).Append("\"]\n");
        }
        if (edges.Keys.Any(e => e.To == "\u001e"))
        {
            text.Append("    done((finished))\n");
        }
        foreach (var ((from, to), count) in edges)
        {
            var target = to == "\u001e" ? "done" : nodes[to].Id;
            text.Append("    ").Append(nodes[from].Id).Append(" -->|").Append(count).Append(count == 1 ? " contact" : " contacts").Append("| ").Append(target).Append('\n');
        }
        return text.ToString();
    }

    private static void Count(Dictionary<(string, string), int> edges, string from, string to) =>
        edges[(from, to)] = edges.GetValueOrDefault((from, to)) + 1;
}
