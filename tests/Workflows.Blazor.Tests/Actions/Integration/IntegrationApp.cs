using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Security;
using Workflows.Blazor.Security.Outbound;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Actions.Integration;

/// <summary>
/// The real app (an <see cref="AppFactory"/>) with the given <c>Outbound:AllowedHosts</c> and DNS answered by
/// <see cref="MapResolver"/>, so no test asks a real DNS server.
/// </summary>
internal sealed class IntegrationApp : IDisposable
{
    private readonly AppFactory _root = new();
    private readonly WebApplicationFactory<Program> _app;

    public IntegrationApp(params string[] allowedHosts) =>
        _app = _root.WithWebHostBuilder(builder =>
        {
            for (var i = 0; i < allowedHosts.Length; i++)
            {
                builder.UseSetting($"{OutboundOptions.SectionName}:AllowedHosts:{i}", allowedHosts[i]);
            }
            builder.ConfigureTestServices(services => services.AddSingleton<IHostResolver, MapResolver>());
        });

    public async Task<HttpClient> CreateApiClientAsync()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeys.HeaderName, await _app.Services.GetRequiredService<ApiKeyCommands>().CreateAsync("tests", "tests"));
        return client;
    }

    public Task SetSecretAsync(string name, string value) => _app.Services.GetRequiredService<SecretCommands>().SetAsync(name, value, "tests");

    public void Dispose() => _root.Dispose();
}
