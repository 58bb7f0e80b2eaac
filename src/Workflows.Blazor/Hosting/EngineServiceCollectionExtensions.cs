using Microsoft.Extensions.DependencyInjection.Extensions;
using Workflows.Blazor.Runner;
using Workflows.Engine.Common;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Runtime.Steps;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Hosting;

public static class EngineServiceCollectionExtensions
{
    /// <summary>The engine: step executors by type, the action catalog, the validator and the executor.</summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        var limits = configuration.GetSection("Limits").Get<WorkflowLimits>() ?? WorkflowLimits.Default;
        services.AddSingleton(limits);
        services.AddSingleton(new ExecutorOptions { MaxStepRuns = configuration.GetValue("Runner:MaxStepRuns", 10_000), Limits = limits });
        services.TryAddSingleton<ISecretResolver>(NoSecrets.Instance);

        services.AddSingleton<IStepExecutor, TriggerStepExecutor>();
        services.AddSingleton<IStepExecutor, ActionStepExecutor>();
        services.AddSingleton<IStepExecutor, ConditionStepExecutor>();
        services.AddSingleton<IStepExecutor, LoopStepExecutor>();
        services.AddSingleton<IStepExecutor, WaitStepExecutor>();
        services.AddSingleton<IStepExecutor, ApprovalStepExecutor>();
        services.AddSingleton<IStepExecutor, SplitStepExecutor>();

        services.AddSingleton<IActionHandler, SetVariablesAction>();
        services.AddSingleton<ActionCatalog>();
        services.AddSingleton<WorkflowValidator>();
        services.AddSingleton(provider =>
        {
            var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger<WorkflowExecutor>();
            return new WorkflowExecutor(
                provider.GetServices<IStepExecutor>().Select(executor => new ScopedStepExecutor(executor, logger)),
                provider.GetRequiredService<ActionCatalog>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ISecretResolver>(),
                provider.GetRequiredService<ExecutorOptions>());
        });
        return services;
    }
}
