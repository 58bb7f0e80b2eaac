namespace Workflows.Blazor.Tests.Inbox;

/// <summary>An approval step <c>review</c> with an offer field, then a step per outcome that records what the run saw.</summary>
internal static class InboxWorkflows
{
    public static string Review(string extraConfig = "") => $$$"""
        {
          "name": "Review an offer",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "review" } },
            { "stepSlug": "review", "stepType": "approval",
              "config": {
                "title": "Offer for {{input.name}}",
                "data": { "customer": { "name": "{{input.name}}" } },
                "fields": [ { "name": "offerValue", "label": "Offer value", "type": "number", "required": true, "default": 20 } ]
                {{{extraConfig}}}
              },
              "nextSteps": { "approved": "send", "rejected": "drop", "timeout": "late" } },
            { "stepSlug": "send", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "outcome": "sent", "offer": "{{steps.review.output.fields.offerValue}}", "reviewer": "{{steps.review.output.reviewer}}" } },
              "nextSteps": { "success": "end", "error": "end" } },
            { "stepSlug": "drop", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "outcome": "dropped", "comment": "{{steps.review.output.comment}}" } },
              "nextSteps": { "success": "end", "error": "end" } },
            { "stepSlug": "late", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "outcome": "timed out" } },
              "nextSteps": { "success": "end", "error": "end" } }
          ]
        }
        """;
}
