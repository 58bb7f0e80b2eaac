using System.Text.Json.Nodes;
using Workflows.Engine.Journeys;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Components.Pages.Journeys;

/// <summary>One allowed action as the editor edits it: limits as optional numbers, quiet hours as text, defaults as JSON text.</summary>
public sealed class AllowedActionForm
{
    public required string Action { get; init; }

    public int? MaxPerContact { get; set; }

    public int? MaxPerDay { get; set; }

    public string? QuietFrom { get; set; }

    public string? QuietTo { get; set; }

    public string TimeZone { get; set; } = "UTC";

    public bool NeedsApproval { get; set; }

    public string? DefaultsJson { get; set; }

    public static AllowedActionForm From(AllowedAction action) => new()
    {
        Action = action.Action,
        MaxPerContact = action.Guardrails.MaxPerContact,
        MaxPerDay = action.Guardrails.MaxPerDay,
        QuietFrom = action.Guardrails.QuietHours?.Start.ToString("HH:mm"),
        QuietTo = action.Guardrails.QuietHours?.End.ToString("HH:mm"),
        TimeZone = action.Guardrails.QuietHours?.TimeZone ?? "UTC",
        NeedsApproval = action.Guardrails.NeedsApproval,
        DefaultsJson = action.Defaults is null ? null : ReadableJson.Compact(action.Defaults),
    };

    /// <summary>The action, or the first problem with what was typed.</summary>
    public (AllowedAction? Action, string? Problem) ToAction()
    {
        QuietHours? quiet = null;
        if (!string.IsNullOrWhiteSpace(QuietFrom) || !string.IsNullOrWhiteSpace(QuietTo))
        {
            if (!TimeOnly.TryParse(QuietFrom, System.Globalization.CultureInfo.InvariantCulture, out var from)
                || !TimeOnly.TryParse(QuietTo, System.Globalization.CultureInfo.InvariantCulture, out var to))
            {
                return (null, $"{Action}: quiet hours need a start and an end such as 21:00 and 08:00.");
            }
            quiet = new QuietHours(from, to, string.IsNullOrWhiteSpace(TimeZone) ? "UTC" : TimeZone.Trim());
        }
        JsonObject? defaults = null;
        if (!string.IsNullOrWhiteSpace(DefaultsJson))
        {
            try
            {
                defaults = JsonNode.Parse(DefaultsJson) as JsonObject ?? throw new System.Text.Json.JsonException("not an object");
            }
            catch (System.Text.Json.JsonException)
            {
                return (null, $"{Action}: default parameters should be a JSON object, e.g. {{\"to\": \"{{{{input.contact.email}}}}\"}}.");
            }
        }
        return (new AllowedAction(Action)
        {
            Guardrails = new ActionGuardrails { MaxPerContact = MaxPerContact, MaxPerDay = MaxPerDay, QuietHours = quiet, NeedsApproval = NeedsApproval },
            Defaults = defaults,
        }, null);
    }
}
