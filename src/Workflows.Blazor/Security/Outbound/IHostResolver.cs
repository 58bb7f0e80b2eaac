using System.Net;

namespace Workflows.Blazor.Security.Outbound;

/// <summary>Looks up a host name's addresses; the guard checks every address it returns before connecting.</summary>
public interface IHostResolver
{
    Task<IPAddress[]> ResolveAsync(string hostName, CancellationToken cancellationToken);
}
