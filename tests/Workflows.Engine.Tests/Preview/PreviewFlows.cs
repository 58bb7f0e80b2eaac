using Workflows.Engine.Model;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Preview;

/// <summary>Flows a preview test runs: a welcome series with a wait for the email's opening, a VIP review and a week's pause.</summary>
public static class PreviewFlows
{
    public static WorkflowDefinition WelcomeSeries() => Flow.Steps("""
        [
          { "stepSlug": "get_customer", "stepType": "action",
            "config": { "type": "customer_get", "parameters": { "customerId": "{{input.customerId}}" } },
            "nextSteps": { "success": "send_welcome" } },
          { "stepSlug": "send_welcome", "stepType": "action",
            "config": { "type": "email_send", "parameters": { "to": "{{steps.get_customer.output.email}}",
              "subject": "Welcome, {{steps.get_customer.output.name}}", "body": "Hi {{steps.get_customer.output.name}}, good to have you." } },
            "nextSteps": { "success": "wait_open" } },
          { "stepSlug": "wait_open", "stepType": "wait", "config": { "event": "email.opened", "timeout": "3 days" },
            "nextSteps": { "success": "is_vip", "timeout": "send_reminder" } },
          { "stepSlug": "send_reminder", "stepType": "action",
            "config": { "type": "email_send", "parameters": { "to": "{{steps.get_customer.output.email}}",
              "subject": "Did you see this?", "body": "Hi again {{steps.get_customer.output.name}}." } },
            "nextSteps": { "success": "is_vip" } },
          { "stepSlug": "is_vip", "stepType": "condition", "config": { "expression": "{{steps.get_customer.output.totalSpent}} > 1000" },
            "nextSteps": { "true": "review_offer", "false": "end" } },
          { "stepSlug": "review_offer", "stepType": "approval",
            "config": { "title": "VIP offer for {{steps.get_customer.output.name}}",
              "fields": [ { "name": "offerValue", "label": "Offer (%)", "type": "number", "default": 15 } ] },
            "nextSteps": { "approved": "wait_week", "rejected": "end" } },
          { "stepSlug": "wait_week", "stepType": "wait", "config": { "duration": "7 days" }, "nextSteps": { "success": "send_offer" } },
          { "stepSlug": "send_offer", "stepType": "action",
            "config": { "type": "email_send", "parameters": { "to": "{{steps.get_customer.output.email}}",
              "subject": "{{steps.review_offer.output.fields.offerValue}}% off, just for you", "body": "Enjoy." } },
            "nextSteps": { "success": "end" } }
        ]
        """);
}
