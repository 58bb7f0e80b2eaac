using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Security;

[LongRunning]
public sealed class MutatedImportTests : IDisposable
{
    private const int Files = 1000;
    private readonly AppFactory _app = new();

    [Fact]
    public async Task Import_KeepsEachMutatedFileIntact_OrRefusesItClearlyAndChangesNothing()
    {
        var client = await _app.CreateApiClientAsync();
        var store = _app.Services.GetRequiredService<WorkflowStore>();
        var originals = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "workflows"), "*.json").Select(File.ReadAllText).ToList();
        var random = new Random(20261123);
        var (imported, refused) = (0, 0);

        for (var i = 0; i < Files; i++)
        {
            var text = WorkflowMutator.Mutate(originals[random.Next(originals.Count)], random);
            var countBefore = (await store.ListAsync()).Count;
            using var response = await client.PostAsync("/api/workflows", new StringContent(text, System.Text.Encoding.UTF8, "application/json"));

            if (response.StatusCode == HttpStatusCode.Created)
            {
                var id = (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!.GetValue<string>();
                var exported = await client.GetStringAsync($"/api/workflows/{id}/export");
                Assert.Equal(WorkflowJson.Serialize(WorkflowJson.Parse(text)), exported);
                imported++;
            }
            else
            {
                Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge,
                    $"file {i} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Equal(countBefore, (await store.ListAsync()).Count);
                refused++;
            }
        }

        Assert.True(imported > 50 && refused > 50, $"imported {imported}, refused {refused}: both paths must be exercised");
    }

    public void Dispose() => _app.Dispose();
}
