using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>Decisions run beside the scheduler, not in it: a model that takes its time holds up no workflow.</summary>
public sealed class JourneyDecisionWorkerTests(AiApp app) : IClassFixture<AiApp>
{
    [Fact]
    public async Task ModelStillAnswering_DoesNotHoldUpAWorkflowsTimer()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(TestWorkflows.WaitThenGreet("""{ "duration": "1 hour" }"""));
        var executionId = await client.StartRunAsync(workflowId);
        await client.WaitForStatusAsync(executionId, "waiting");
        var enrolEvent = $"cart.abandoned.{Guid.NewGuid():N}";
        await client.CreateJourneyAsync(JourneyDefinitions.Promotion(enrolEvent: enrolEvent));
        var model = new TaskCompletionSource();
        app.Server.Gate = model;
        try
        {
            var asked = app.Server.Requests.Count;
            await client.PublishEventAsync(enrolEvent, "cust_040", new { cart = 1 });
            await Poll.UntilAsync(() => app.Server.Requests.Count > asked, "The decision worker never asked the model.");

            app.Factory.Clock.Advance(TimeSpan.FromHours(1));
            await app.Factory.TickAsync().WaitAsync(TimeSpan.FromSeconds(10));

            var execution = await client.WaitForStatusAsync(executionId, "completed");
            Assert.Equal("resumed", execution["variables"]!["outcome"]!.GetValue<string>());
            Assert.False(model.Task.IsCompleted);
        }
        finally
        {
            model.TrySetResult();
            app.Server.Gate = null;
        }
    }
}
