using System.Net;
using System.Net.Http.Json;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Api;

public sealed class EventApiTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task PublishEvent_Returns400Problem_WithoutAType()
    {
        var api = await _app.CreateApiClientAsync();

        using var response = await api.PostAsJsonAsync("/api/events", new { subjectId = "cust_1", data = new { sku = "A-42" } });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("type", problem["detail"]!.GetValue<string>());
    }

    public void Dispose() => _app.Dispose();
}
