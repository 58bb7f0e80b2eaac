using System.Text.Json.Nodes;
using Workflows.Engine.Runtime;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Store;

/// <summary>Checks for people's edits of orders, conversations and documents on the Data page.</summary>
internal static class RecordEdits
{
    public static readonly string[] OrderStatuses = ["placed", "shipped", "delivered", "returned", "cancelled"];
    public static readonly string[] ConversationStatuses = ["open", "pending", "resolved"];

    /// <summary>The new value of a choice field, or the current one when the field was not changed.</summary>
    public static string OneOf(JsonObject fields, string name, string current, string[] allowed)
    {
        if (fields[name] is not { } value)
        {
            return current;
        }
        var text = JsonText.ToText(value).Trim();
        return allowed.Contains(text) ? text : throw new StepFailedException($"{name} '{text}' is not one of {string.Join(", ", allowed)}.");
    }

    /// <summary>The new value of a text field that may not be empty, or the current one when it was not changed.</summary>
    public static string Text(JsonObject fields, string name, string current)
    {
        if (fields[name] is not { } value)
        {
            return current;
        }
        var text = JsonText.ToText(value).Trim();
        return text.Length > 0 ? text : throw new StepFailedException($"{name} cannot be empty.");
    }
}
