using Workflows.Blazor.Ai.Assistant;
using Workflows.Blazor.Ai.Evals;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Ai;

public static class AiServiceCollectionExtensions
{
    /// <summary>The AI provider from the <c>AI</c> settings, conversation threads, the <c>llm</c> step and the workflow assistant.</summary>
    public static IServiceCollection AddAi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AiOptions>(configuration.GetSection(AiOptions.Section));
        services.AddSingleton<AiSettings>();
        services.AddSingleton<LlmClientSource>();
        services.AddSingleton<ConnectionTester>();
        services.AddSingleton<AssistantPrompt>();
        services.AddSingleton<WorkflowAssistant>();
        services.AddSingleton<AssistantEvalRunner>();
        services.AddSingleton<ThreadStore>();
        services.AddSingleton<IStepExecutor, LlmStepExecutor>();
        return services;
    }
}
