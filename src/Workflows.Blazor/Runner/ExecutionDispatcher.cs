using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Workflows.Blazor.Runner;

/// <summary>
/// A bounded pool of workers fed by an in-memory signal queue. The signal only says "look at this
/// execution now"; the queued row in the database is what must run, so a lost signal costs at most
/// a tick of the scheduler, which re-signals queued executions.
/// </summary>
public sealed class ExecutionDispatcher(
    IServiceScopeFactory scopes,
    IOptions<RunnerOptions> options,
    RunnerPulse pulse,
    ILogger<ExecutionDispatcher> logger) : BackgroundService
{
    private readonly Channel<string> _signals = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = false });
    private readonly ConcurrentDictionary<string, byte> _signalled = new();
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new();
    private readonly ConcurrentDictionary<string, byte> _lookAgain = new();

    /// <summary>Executions signalled and waiting for a free worker.</summary>
    public int Waiting => _signals.Reader.Count;

    /// <summary>Workers running an execution now.</summary>
    public int Busy => _running.Count;

    public int Workers => Math.Max(1, options.Value.Workers);

    public bool IsSignalledOrRunning(string executionId) => _signalled.ContainsKey(executionId) || _running.ContainsKey(executionId);

    public void Signal(string executionId)
    {
        if (_signalled.TryAdd(executionId, 0))
        {
            _signals.Writer.TryWrite(executionId);
        }
    }

    /// <summary>Cancels an execution a worker is running now. False when none is.</summary>
    public bool TryCancelRunning(string executionId)
    {
        if (_running.TryGetValue(executionId, out var cancellation))
        {
            cancellation.Cancel();
            return true;
        }
        return false;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using (var scope = scopes.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ExecutionRecovery>().RecoverAsync(stoppingToken);
        }
        // Each worker gets its own thread: SQLite's async calls complete synchronously, so a worker started inline
        // with a backlog would never yield, and the others would not start until the backlog is gone.
        var workers = Enumerable.Range(0, Workers)
            .Select(_ => Task.Run(() => WorkAsync(stoppingToken), CancellationToken.None))
            .ToList();
        await Task.WhenAll(workers);
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var executionId in _signals.Reader.ReadAllAsync(stoppingToken))
            {
                _signalled.TryRemove(executionId, out _);
                await RunOneAsync(executionId);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunOneAsync(string executionId)
    {
        // A signal that arrives while another worker is still finishing this execution (it may have been queued again
        // meanwhile, e.g. a timer resumed it) is kept, not dropped: that worker looks again when it is done.
        _lookAgain.TryAdd(executionId, 0);
        using var cancellation = new CancellationTokenSource();
        if (!_running.TryAdd(executionId, cancellation))
        {
            return;
        }
        _lookAgain.TryRemove(executionId, out _);
        pulse.WorkerProgressed();
        try
        {
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ExecutionWorker>().RunAsync(executionId, cancellation.Token);
        }
        catch (Exception ex)
        {
            // The execution stays queued or running in the database and is picked up again; the worker lives on.
            logger.LogError(ex, "Execution {ExecutionId} could not be run", executionId);
        }
        finally
        {
            _running.TryRemove(executionId, out _);
            pulse.WorkerProgressed();
            if (_lookAgain.TryRemove(executionId, out _))
            {
                Signal(executionId);
            }
        }
    }
}
