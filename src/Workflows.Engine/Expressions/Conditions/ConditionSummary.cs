namespace Workflows.Engine.Expressions.Conditions;

/// <summary>A condition in plain words for the canvas: "Total spent > 1,000 and Tags include vip".</summary>
public static class ConditionSummary
{
    /// <summary>The summary, or null when the builder cannot read the condition (callers then show its text).</summary>
    public static string? Of(string? expression, Func<ConditionField, string>? labelOf = null)
    {
        var group = ConditionReader.Read(expression).Group;
        if (group is null || !group.Items.Any())
        {
            return null;
        }
        var label = labelOf ?? (field => FieldLabels.For(field.Path));
        return Join(group, label, nested: false);
    }

    private static string Join(ConditionGroup group, Func<ConditionField, string> label, bool nested)
    {
        var items = group.Items.Where(i => i is not ConditionRow { IsComplete: false }).ToList();
        var text = string.Join(group.Joiner == ConditionJoiner.And ? " and " : " or ", items.Select(item => item switch
        {
            ConditionGroup inner => Join(inner, label, nested: true),
            ConditionRow row => Row(row, label),
            _ => "",
        }));
        return nested && items.Count > 1 ? $"({text})" : text;
    }

    private static string Row(ConditionRow row, Func<ConditionField, string> label)
    {
        var info = row.Info;
        var field = label(row.Field!);
        if (info.OnLength && info.Values != ConditionValueCount.None)
        {
            field = $"Length of {field.ToLowerInvariant()}";
        }
        var values = string.Join(" or ", row.Values.Select(v => v.ToSummary()));
        return info.Values == ConditionValueCount.None ? $"{field} {info.SummaryWord}" : $"{field} {info.SummaryWord} {values}";
    }
}
