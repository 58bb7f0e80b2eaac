using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Tests.Support;

/// <summary>One app shared by a test class, past first-run setup (an admin exists), so pages are reachable.</summary>
public sealed class AdminSetUpApp : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    public AppFactory Factory { get; } = new();

    /// <summary>A client signed in with <paramref name="role"/>, one per role: sign-in is rate limited, like it is for people.</summary>
    public async Task<HttpClient> ClientForAsync(string role)
    {
        if (!_clients.TryGetValue(role, out var client))
        {
            client = await Factory.CreateSignedInClientAsync(role);
            _clients[role] = client;
        }
        return client;
    }

    public async Task InitializeAsync()
    {
        using var scope = Factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync("owner@example.com", SignedInClients.Password, Roles.Admin);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
