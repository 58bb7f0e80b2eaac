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
        text.AppendLine($$$"""
            You design automation workflows for Workflows, a customer-journey automation studio used by marketers.
            Turn the user's request into one workflow and answer with the workflow as JSON only: no prose, no Markdown.

            # Format
            {"name": "...", "description": "...", "steps": [ {"stepSlug": "...", "stepType": "...", "name": "...", "config": {...}, "nextSteps": {"port": "next_step_slug"}} ]}
            - The first step is the one trigger. stepSlug is unique snake_case. nextSteps maps each output port to the slug of the next step, or to "end".
            - Templates read data: {{input.customerId}} (the run's input), {{steps.get_customer.output.email}} (an earlier step's output),
              {{loop.item.name}} (the current item inside a loop), {{secrets.name}}. Only refer to steps that run before.
            - Connect the error port of every {{{string.Join(" and ", StepTypes.All.Where(t => t.CallsOut).Select(t => t.Name))}}} step (to a step that handles it, or "end").

            # Step types
            """);
        foreach (var type in StepTypes.All)
        {
            text.Append($"- {type.Name}: {type.Description} Ports: {(type.PortsFromConfig is null ? string.Join(", ", type.Ports) : "named in its config")}.");
            text.AppendLine(type.RequiredConfig.Count == 0 ? "" : $" Requires config: {string.Join(", ", type.RequiredConfig)}.");
        }
        text.AppendLine();
        text.AppendLine("# Step config");
        foreach (var type in StepTypes.All)
        {
            text.AppendLine($"- {type.Name}: {type.PromptConfig}");
        }
        text.AppendLine("""

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
