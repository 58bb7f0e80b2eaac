namespace Workflows.Blazor.Tests.Messaging;

/// <summary>Workflows that send a message, written as users write them.</summary>
internal static class MessagingWorkflows
{
    /// <summary>
    /// Emails <c>{{input.email}}</c> an HTML body with one link, then waits up to three days for <c>email.opened</c>;
    /// <c>outcome</c> says what happened, and <c>error</c> holds the send step's error.
    /// </summary>
    public static string EmailThenWaitForOpen { get; } =
        EmailThenWaitForOpenWith("Hello {{input.name}}! See <a href=\"https://shop.example.com/new?ref=mail&amp;x=1\">what is new</a>.");

    /// <summary><see cref="EmailThenWaitForOpen"/> with the body template <paramref name="body"/>.</summary>
    public static string EmailThenWaitForOpenWith(string body) => $$$"""
        {
          "name": "Welcome email",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "send" } },
            { "stepSlug": "send", "stepType": "action",
              "config": { "type": "email_send", "parameters": { "to": "{{input.email}}", "subject": "Welcome, {{input.name}}", "body": {{{System.Text.Json.JsonSerializer.Serialize(body)}}} } },
              "nextSteps": { "success": "opened_yet", "error": "failed" } },
            { "stepSlug": "opened_yet", "stepType": "wait", "config": { "event": "email.opened", "timeout": "3 days" },
              "nextSteps": { "success": "opened", "timeout": "not_opened" } },
            { "stepSlug": "opened", "stepType": "action", "config": { "type": "set_variables", "parameters": { "outcome": "opened" } },
              "nextSteps": { "success": "end" } },
            { "stepSlug": "not_opened", "stepType": "action", "config": { "type": "set_variables", "parameters": { "outcome": "not opened" } },
              "nextSteps": { "success": "end" } },
            { "stepSlug": "failed", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "outcome": "failed", "error": "{{steps.send.error}}" } },
              "nextSteps": { "success": "end" } }
          ]
        }
        """;

    /// <summary>One action step, <c>call</c>, then <c>test.capture</c> of what it output; its error goes to <c>failed</c>.</summary>
    public static string ActionThenCapture(string type, string parameters) => $$$"""
        {
          "name": "{{{type}}}",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "call" } },
            { "stepSlug": "call", "stepType": "action", "config": { "type": "{{{type}}}", "parameters": {{{parameters}}} },
              "nextSteps": { "success": "capture", "error": "failed" } },
            { "stepSlug": "capture", "stepType": "action", "config": { "type": "test.capture", "parameters": { "output": "{{steps.call.output}}" } },
              "nextSteps": { "success": "end" } },
            { "stepSlug": "failed", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "outcome": "failed", "error": "{{steps.call.error}}" } },
              "nextSteps": { "success": "end" } }
          ]
        }
        """;

    public static object Welcome(string email, string name = "Ana") =>
        new { input = new { customerId = "cust_1", name, email } };
}
