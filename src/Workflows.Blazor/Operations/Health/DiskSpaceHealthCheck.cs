using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Operations.Health;

/// <summary>The disk that holds the database has room to grow.</summary>
public sealed class DiskSpaceHealthCheck(DatabaseLocation database, IOptions<HealthSettings> settings) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var freeMegabytes = new DriveInfo(database.Folder).AvailableFreeSpace / (1024 * 1024);
        var data = new Dictionary<string, object> { ["freeMegabytes"] = freeMegabytes };
        return Task.FromResult(freeMegabytes < settings.Value.MinFreeDiskMegabytes
            ? new HealthCheckResult(context.Registration.FailureStatus, $"Only {freeMegabytes} MB are free on the database's disk.", data: data)
            : HealthCheckResult.Healthy($"{freeMegabytes} MB are free on the database's disk.", data));
    }
}
