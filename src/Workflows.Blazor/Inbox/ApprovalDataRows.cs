using System.Text.Json.Nodes;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// Turns an approval's data into labelled rows: every key becomes a row (none is dropped), objects nest their
/// keys below their label, lists list their items. Walked with a stack, so deep data cannot exhaust the process;
/// below <see cref="MaxDepth"/> levels the rest is summarised.
/// </summary>
public static class ApprovalDataRows
{
    public const int MaxDepth = 8;

    public static IReadOnlyList<ApprovalDataRow> From(JsonObject data)
    {
        var rows = new List<ApprovalDataRow>();
        var pending = new Stack<(int Depth, string Key, string Label, JsonNode? Value, bool IsListItem)>();
        PushChildren(pending, 0, data);
        while (pending.Count > 0)
        {
            var (depth, key, label, value, isListItem) = pending.Pop();
            switch (value)
            {
                case JsonObject obj when depth >= MaxDepth:
                    rows.Add(new ApprovalDataRow(depth, label, $"{obj.Count} more details", isListItem));
                    break;
                case JsonArray list when depth >= MaxDepth:
                    rows.Add(new ApprovalDataRow(depth, label, $"{list.Count} more items", isListItem));
                    break;
                case JsonObject obj:
                    rows.Add(new ApprovalDataRow(depth, label, obj.Count == 0 ? "—" : null, isListItem));
                    PushChildren(pending, depth + 1, obj);
                    break;
                case JsonArray list:
                    rows.Add(new ApprovalDataRow(depth, label, list.Count == 0 ? "none" : null, isListItem));
                    for (var i = list.Count - 1; i >= 0; i--)
                    {
                        pending.Push((depth + 1, key, $"{i + 1}.", list[i], true));
                    }
                    break;
                default:
                    rows.Add(new ApprovalDataRow(depth, label, ApprovalValueText.Scalar(key, value), isListItem));
                    break;
            }
        }
        return rows;
    }

    private static void PushChildren(Stack<(int, string, string, JsonNode?, bool)> pending, int depth, JsonObject obj)
    {
        foreach (var (key, value) in obj.Reverse())
        {
            // Records carry their id twice (id and the guide's _id); the same value is shown once.
            if (key == "_id" && obj.TryGetPropertyValue("id", out var id) && JsonNode.DeepEquals(id, value))
            {
                continue;
            }
            pending.Push((depth, key, ApprovalValueText.Label(key), value, false));
        }
    }
}
