using System.Diagnostics;
using System.Text.Json.Nodes;
using Workflows.Engine.Preview;
using Workflows.Engine.Runtime;
using Workflows.Engine.Tests.Support;

namespace Workflows.Benchmarks.Preview;

/// <summary>
/// A 30-day preview of a 10-step flow with two waits (an email's opening, a week's pause) and an approval, over many
/// contacts, on the engine with the guide's scripted actions: prints the time and contacts per second (goal: 1,000 in under 5 s).
/// </summary>
internal static class PreviewBenchmark
{
    public static async Task RunAsync(int contacts)
    {
        var actions = new GuideActions();
        var previewer = new WorkflowPreviewer(actions.Handlers, NoSecrets.Instance, new ExecutorOptions());
        var flow = Flow.Steps(TenSteps);
        var plan = new PreviewPlan(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), 30, new PreviewScenario { Events = [new ScenarioEvent("email.opened", 2)] });
        var people = Enumerable.Range(0, contacts).Select(i => new PreviewContact($"cust_{i}", new JsonObject { ["customerId"] = $"cust_{i}" })).ToList();

        var clock = Stopwatch.StartNew();
        var timelines = await previewer.PreviewAsync(flow, people, plan);
        var elapsed = clock.Elapsed;

        var summary = PreviewSummary.Of(timelines);
        Console.WriteLine($"Preview: {contacts:N0} contacts × 30 days of a 10-step flow with two waits in {elapsed.TotalSeconds:F2} s " +
            $"({contacts / elapsed.TotalSeconds:N0} contacts/s); completed {summary.Completed}, waiting {summary.StillWaiting}, failed {summary.Failed}; " +
            $"emails sent for real: {actions.EmailSend.Invocations.Count}");
        if (summary.Completed != contacts || actions.EmailSend.Invocations.Count != 0)
        {
            throw new InvalidOperationException("Every contact should reach the end, and no email should be sent.");
        }
    }

    private const string TenSteps = """
        [
          { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "get_customer" } },
          { "stepSlug": "get_customer", "stepType": "action",
            "config": { "type": "customer_get", "parameters": { "customerId": "{{input.customerId}}" } }, "nextSteps": { "success": "send_welcome" } },
          { "stepSlug": "send_welcome", "stepType": "action",
            "config": { "type": "email_send", "parameters": { "to": "{{steps.get_customer.output.email}}",
              "subject": "Welcome, {{steps.get_customer.output.name}}", "body": "Hi {{steps.get_customer.output.name}}." } },
            "nextSteps": { "success": "wait_open" } },
          { "stepSlug": "wait_open", "stepType": "wait", "config": { "event": "email.opened", "timeout": "3 days" },
            "nextSteps": { "success": "remember", "timeout": "remember" } },
          { "stepSlug": "remember", "stepType": "action", "config": { "type": "set_variables", "parameters": { "opened": "{{steps.wait_open.port}}" } },
            "nextSteps": { "success": "is_vip" } },
          { "stepSlug": "is_vip", "stepType": "condition", "config": { "expression": "{{steps.get_customer.output.totalSpent}} > 1000" },
            "nextSteps": { "true": "review_offer", "false": "end" } },
          { "stepSlug": "review_offer", "stepType": "approval", "config": { "title": "VIP offer for {{steps.get_customer.output.name}}" },
            "nextSteps": { "approved": "wait_week", "rejected": "end" } },
          { "stepSlug": "wait_week", "stepType": "wait", "config": { "duration": "7 days" }, "nextSteps": { "success": "send_offer" } },
          { "stepSlug": "send_offer", "stepType": "action",
            "config": { "type": "email_send", "parameters": { "to": "{{steps.get_customer.output.email}}", "subject": "For you", "body": "Enjoy." } },
            "nextSteps": { "success": "mark_sent" } },
          { "stepSlug": "mark_sent", "stepType": "action",
            "config": { "type": "customer_update", "parameters": { "customerId": "{{input.customerId}}", "offerSent": true } }, "nextSteps": { "success": "end" } }
        ]
        """;
}
