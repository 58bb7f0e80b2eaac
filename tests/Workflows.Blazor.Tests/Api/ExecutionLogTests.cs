using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Api;

/// <summary>The execution log answers with the field names the user guide uses.</summary>
public sealed class ExecutionLogTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task Execution_GivesCurrentStepSlug_BesideCurrentStep()
    {
        var api = await _app.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.WaitThenGreet("""{ "duration": "1 hour" }""")));

        var execution = await api.WaitForStatusAsync(executionId, "waiting");

        Assert.Equal("pause", execution["currentStepSlug"]?.GetValue<string>());
        Assert.Equal("pause", execution["currentStep"]?.GetValue<string>());
    }

    public void Dispose() => _app.Dispose();
}
