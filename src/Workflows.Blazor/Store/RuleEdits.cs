using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Expressions;
using Workflows.Engine.Runtime;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Store;

/// <summary>People's edits of offers and segments: rules must parse in the condition language before they are saved.</summary>
internal static class RuleEdits
{
    public static void ApplyToOffer(OfferEntity offer, JsonObject fields)
    {
        foreach (var (name, value) in fields)
        {
            var text = JsonText.ToText(value).Trim();
            switch (name)
            {
                case "name":
                    offer.Name = text.Length > 0 ? text : throw new StepFailedException("An offer needs a name.");
                    break;
                case "value":
                    offer.Value = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0
                        ? number
                        : throw new StepFailedException($"The value should be a number of 0 or more, not '{text}'.");
                    break;
                case "eligibility":
                    offer.Eligibility = Rule(text);
                    break;
                case "isActive":
                    offer.IsActive = text == "yes";
                    break;
            }
        }
    }

    public static void ApplyToSegment(SegmentationRuleEntity segment, JsonObject fields)
    {
        foreach (var (name, value) in fields)
        {
            var text = JsonText.ToText(value).Trim();
            switch (name)
            {
                case "name":
                    segment.Name = text.Length > 0 ? text : throw new StepFailedException("A segment needs a name.");
                    break;
                case "expression":
                    segment.Expression = Rule(text);
                    break;
                case "priority":
                    segment.Priority = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var priority)
                        ? priority
                        : throw new StepFailedException($"The priority should be a whole number, not '{text}'.");
                    break;
                case "isEnabled":
                    segment.IsEnabled = text == "yes";
                    break;
            }
        }
    }

    private static string Rule(string text)
    {
        try
        {
            ConditionExpression.Parse(text);
            return text;
        }
        catch (ExpressionParseException ex)
        {
            throw new StepFailedException($"The rule does not parse: {ex.Message}.");
        }
    }
}
