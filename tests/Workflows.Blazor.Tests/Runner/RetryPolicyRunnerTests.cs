using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

/// <summary>A step's retry policy through the real runner: the backoff is a durable timer, not a sleeping worker.</summary>
public sealed class RetryPolicyRunnerTests : IDisposable
{
    private readonly FailOnceAction _failOnce = new();
    private readonly AppFactory _app;

    public RetryPolicyRunnerTests() => _app = new AppFactory().WithAction(_failOnce);

    private const string FlakyCall = """
        {
          "name": "Flaky call",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "call" } },
            { "stepSlug": "call", "stepType": "action",
              "config": { "type": "test.fail_once", "retry": { "count": 2, "backoff": "30 seconds" } },
              "nextSteps": { "success": "end", "error": "end" } }
          ]
        }
        """;

    [Fact]
    public async Task FailingStep_WaitsForItsBackoff_ThenSucceedsOnTheSecondTry()
    {
        var api = await _app.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(FlakyCall));
        await api.WaitForStatusAsync(executionId, "waiting");

        _app.Clock.Advance(TimeSpan.FromSeconds(29));
        await _app.TickAsync();
        Assert.Equal("waiting", (await api.GetExecutionAsync(executionId))["status"]!.GetValue<string>());

        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        await _app.TickAsync();
        var execution = await api.WaitForStatusAsync(executionId, "completed");

        Assert.Equal(2, _failOnce.Calls);
        var tries = execution["steps"]!.AsArray().Where(s => s!["stepSlug"]!.GetValue<string>() == "call").ToList();
        Assert.Equal([(1, "failed"), (2, "completed")], tries.Select(t => (t!["attempt"]!.GetValue<int>(), t["status"]!.GetValue<string>())));
    }

    public void Dispose() => _app.Dispose();
}
