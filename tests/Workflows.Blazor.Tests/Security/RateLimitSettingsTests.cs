using System.Net;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Security;

/// <summary>The <c>RateLimits</c> settings are what the limiter applies; 0 turns a limit off.</summary>
public sealed class RateLimitSettingsTests
{
    [Fact]
    public async Task Webhooks_AnswerTooManyRequests_PastTheConfiguredLimit()
    {
        using var app = new AppFactory().WithSetting("RateLimits:WebhooksPerMinute", "3");

        var statuses = await PostWebhooksAsync(app, 4);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }

    [Fact]
    public async Task Webhooks_AreNotLimited_WhenTheLimitIsZero()
    {
        using var app = new AppFactory().WithSetting("RateLimits:WebhooksPerMinute", "0").WithSetting("RateLimits:EventsPerMinute", "1");

        var statuses = await PostWebhooksAsync(app, 20);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task Events_AnswerTooManyRequests_PastTheConfiguredLimit()
    {
        using var app = new AppFactory().WithSetting("RateLimits:EventsPerMinute", "2");
        var api = await app.CreateApiClientAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await api.PostAsync("/api/events", new StringContent("""{"type": "order.placed"}""", System.Text.Encoding.UTF8, "application/json"));
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }

    /// <summary>Webhooks to a path nobody listens at: cheap 404s, counted by the limiter all the same.</summary>
    private static async Task<List<HttpStatusCode>> PostWebhooksAsync(AppFactory app, int count)
    {
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var response = await client.PostWebhookAsync("/webhooks/nobody", "{}");
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }
}
