namespace Workflows.Benchmarks.Runner;

/// <summary>The app instances of an <see cref="InstanceSetup"/>, stopped together, then their database dropped.</summary>
internal sealed class StartedInstances : IAsyncDisposable
{
    private readonly List<BenchmarkApp> _apps = [];
    private readonly PostgresTestDatabase? _database;

    private StartedInstances(PostgresTestDatabase? database) => _database = database;

    public IReadOnlyList<BenchmarkApp> Apps => _apps;

    public static async Task<StartedInstances> StartAsync(int count, IReadOnlyDictionary<string, string> settings, PostgresTestDatabase? database)
    {
        var started = new StartedInstances(database);
        try
        {
            // One after the other: the first creates the tables, the others find them.
            for (var i = 0; i < count; i++)
            {
                started._apps.Add(await BenchmarkApp.StartAsync(settings));
            }
            return started;
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }
        _database?.Dispose();
    }
}
