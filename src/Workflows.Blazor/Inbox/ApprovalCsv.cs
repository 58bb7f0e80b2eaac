using System.Text;

namespace Workflows.Blazor.Inbox;

/// <summary>The inbox history as CSV (RFC 4180 quoting; cells that a spreadsheet would run as formulas are prefixed with ').</summary>
public static class ApprovalCsv
{
    public static string Write(IEnumerable<ApprovalItem> items)
    {
        var csv = new StringBuilder("id,title,workflow,execution,step,status,decided_by,decided_at,comment,changed_fields\r\n");
        foreach (var item in items)
        {
            string?[] cells =
            [
                item.Id, item.Title, item.WorkflowId, item.ExecutionId, item.StepSlug, StatusNames.Of(item.Status), item.DecidedBy,
                item.DecidedAt?.ToString("O"), item.Comment, string.Join("; ", ApprovalChanges.Describe(item.FieldsJson, item.ResultFieldsJson)),
            ];
            csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@".Contains(text[0]))
        {
            text = "'" + text;
        }
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}
