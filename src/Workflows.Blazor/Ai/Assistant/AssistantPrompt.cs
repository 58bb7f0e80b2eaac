using System.Text;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Ai.Assistant;

/// <summary>
/// The assistant's instructions, written from the same action declarations that check workflows, fill the action
/// reference and give LLM steps their tools, so the model is told of every action there is and of no other.
/// </summary>
public sealed class AssistantPrompt(ActionCatalog catalog)
{
    private string? _system;

    public string System => _system ??= Build();

    /// <summary>The user's request, with the workflow to change when there is one.</summary>
    public static string Request(string request, WorkflowDefinition? current) => current is null
        ? request
        : $"""
           This is the current workflow:
           {WorkflowJson.Serialize(current)}

           Change it as asked below and answer with the whole changed workflow; keep what the request does not touch.

           {request}
           """;

    /// <summary>What the model is told after an answer that could not be read or did not validate.</summary>
    public static string Repair(IReadOnlyList<string> problems) =>
        $"""
         That workflow has problems:
         {string.Join('\n', problems.Select(p => $"- {p}"))}

         Fix every problem and answer again with the whole corrected workflow, as JSON only.
         """;

    private string Build()
    {
        var text = new StringBuilder();
        text.AppendLine("""
            You design automation workflows for Workflows, a customer-journey automation studio used by marketers.
            Turn the user's request into one workflow and answer with the workflow as JSON only: no prose, no Markdown.

            # Format
            {"name": "...", "description": "...", "steps": [ {"stepSlug": "...", "stepType": "...", "name": "...", "config": {...}, "nextSteps": {"port": "next_step_slug"}} ]}
            - The first step is the one trigger. stepSlug is unique snake_case. nextSteps maps each output port to the slug of the next step, or to "end".
            - Templates read data: {{input.customerId}} (the run's input), {{steps.get_customer.output.email}} (an earlier step's output),
              {{loop.item.name}} (the current item inside a loop), {{secrets.name}}. Only refer to steps that run before.
            - Connect the error port of every action and llm step (to a step that handles it, or "end").

            # Step types
            """);
        foreach (var type in StepTypes.All)
        {
            text.Append($"- {type.Name}: {type.Description} Ports: {string.Join(", ", type.Ports)}.");
            text.AppendLine(type.RequiredConfig.Count == 0 ? "" : $" Requires config: {string.Join(", ", type.RequiredConfig)}.");
        }
        text.AppendLine($$$"""

            # Step config
            - trigger: {"type": "{{{string.Join("|", TriggerTypes.All)}}}"}; schedule adds "cron" ("0 9 * * 1"), webhook adds "path" ("/orders"), event adds "eventType" ("customer.created").
            - action: {"type": "<action name>", "parameters": {...}}. Use ONLY the actions listed below, with their parameter names.
            - llm: {"systemPrompt": "...", "userPrompt": "...", "outputFormat": "text|json", "outputSchema": {JSON schema, optional}, "tools": ["customer_get", ...] (optional, action names), "temperature": 0.2}.
              Its output is the answer text, or the parsed JSON object with outputFormat json.
            - condition: {"expression": "{{steps.get_customer.output.totalSpent}} > 1000"}; operators == != > >= < <= && || contains, strings in quotes.
            - loop: {"items": "{{steps.find.output.customers}}", "itemVariable": "customer"}; port next runs the body for each item (the body's last step goes back to the loop slug), done after the last item.
            - approval: {"title": "...", "description": "...", "data": {...}, "fields": [{"name": "offerValue", "label": "Offer (%)", "type": "number", "required": true}], "assignee": "Reviewer", "dueIn": "2 days", "onTimeout": "reject"}.
            - wait: {"duration": "3 days"} or {"until": "{{input.date}}"} or {"event": "email.replied", "timeout": "7 days"}.

            # Actions (config.type of action steps, and the tools of llm steps)
            """);
        foreach (var action in catalog.Declarations)
        {
            text.Append($"- {action.Name}");
            if (action.Aliases.Count > 0)
            {
                text.Append($" (also {string.Join(", ", action.Aliases)})");
            }
            text.AppendLine($": {action.Description}");
            foreach (var parameter in action.Parameters)
            {
                text.AppendLine($"    {parameter.Name} ({parameter.Type.ToString().ToLowerInvariant()}{(parameter.Required ? ", required" : "")}): {parameter.Description}");
            }
            if (action.AcceptsAnyParameters)
            {
                text.AppendLine("    takes any other parameters as well");
            }
        }
        text.AppendLine("""

            # Example
            {"name": "Welcome Email", "description": "Get the new customer and send a personalised welcome email.", "steps": [
              {"stepSlug": "start", "stepType": "trigger", "config": {"type": "manual"}, "nextSteps": {"success": "get_customer"}},
              {"stepSlug": "get_customer", "stepType": "action", "config": {"type": "customer_get", "parameters": {"customerId": "{{input.customerId}}"}}, "nextSteps": {"success": "send_email", "error": "end"}},
              {"stepSlug": "send_email", "stepType": "action", "config": {"type": "email_send", "parameters": {"to": "{{steps.get_customer.output.email}}", "subject": "Welcome!", "body": "Hi {{steps.get_customer.output.name}}, welcome aboard!"}}, "nextSteps": {"success": "end", "error": "end"}}
            ]}
            """);
        return text.ToString();
    }
}
