namespace Workflows.Blazor.Tests.Support;

/// <summary>Answers a model might give the workflow assistant: a good workflow, and ones the assistant must send back.</summary>
internal static class AssistantAnswers
{
    public const string Welcome = """
        {"name": "Welcome Email", "description": "Welcome new customers.", "steps": [
          {"stepSlug": "start", "stepType": "trigger", "config": {"type": "manual"}, "nextSteps": {"success": "get_customer"}},
          {"stepSlug": "get_customer", "stepType": "action", "config": {"type": "customer_get", "parameters": {"customerId": "{{input.customerId}}"}}, "nextSteps": {"success": "send_email", "error": "end"}},
          {"stepSlug": "send_email", "stepType": "action", "config": {"type": "email_send", "parameters": {"to": "{{steps.get_customer.output.email}}", "subject": "Welcome!", "body": "Hi {{steps.get_customer.output.name}}!"}}, "nextSteps": {"success": "end", "error": "end"}}
        ]}
        """;

    /// <summary>The welcome workflow sending through an action that does not exist.</summary>
    public static string WithInventedAction { get; } = Welcome.Replace("\"email_send\"", "\"crm.magic_push\"", StringComparison.Ordinal);

    /// <summary>JSON, but not a workflow: steps is an object.</summary>
    public const string NotAWorkflow = """{"name": "Welcome", "steps": {"start": {}}}""";

    public const string Prose = "Sure! Here is a workflow that welcomes new customers: first get the customer, then send an email.";
}
