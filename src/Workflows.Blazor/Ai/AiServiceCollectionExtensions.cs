using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Ai;

public static class AiServiceCollectionExtensions
{
    /// <summary>The AI provider from the <c>AI</c> settings, conversation threads, and the <c>llm</c> step.</summary>
    public static IServiceCollection AddAi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AiOptions>(configuration.GetSection(AiOptions.Section));
        services.AddSingleton<LlmClientSource>();
        services.AddSingleton<ThreadStore>();
        services.AddSingleton<IStepExecutor, LlmStepExecutor>();
        return services;
    }
}
