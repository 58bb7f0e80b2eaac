using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Ai;

/// <summary>With no AI provider set, nothing pretends to be a model: the step fails and says how to set one, unless it has test output.</summary>
public sealed class NoProviderTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly AppFactory _app = shared.Factory;

    private static readonly JsonObject Step = new() { ["systemPrompt"] = "Say hello.", ["userPrompt"] = "Hello?" };

    [Fact]
    public async Task LlmStep_SaysHowToConfigureAProvider_WhenNoneIsSet()
    {
        var record = await _app.RunLlmAsync(Step.DeepClone().AsObject());

        Assert.Equal(Ports.Error, record.Port);
        Assert.Contains("Settings → AI", record.Error);
        Assert.DoesNotContain("appsettings", record.Error);
        Assert.DoesNotContain("AI__", record.Error);
        Assert.Contains("testOutput", record.Error);
    }

    [Fact]
    public async Task LlmStep_UsesTestOutput_WhenNoProviderIsSet()
    {
        var record = await _app.RunLlmAsync(Step.DeepClone().AsObject(), new JsonObject { ["llm1"] = "Hello from the test." });

        Assert.Equal(Ports.Success, record.Port);
        Assert.Equal("Hello from the test.", record.Output!.GetValue<string>());
        Assert.True(record.Input!["testOutput"]!.GetValue<bool>());
    }
}
