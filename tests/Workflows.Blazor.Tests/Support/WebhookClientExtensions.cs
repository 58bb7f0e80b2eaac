using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Workflows.Blazor.Tests.Support;

/// <summary>Sends webhooks as an outside system does: JSON bodies, signed as the receiver documents it.</summary>
internal static class WebhookClientExtensions
{
    public static Task<HttpResponseMessage> PostWebhookAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostSignedWebhookAsync(this HttpClient client, string path, string json, string secret, DateTimeOffset signedAt)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        Sign(request, json, secret, signedAt);
        return client.SendAsync(request);
    }

    /// <summary>Signs <c>"{timestamp}.{body}"</c> with HMAC-SHA256 into <c>X-Webhook-Signature: sha256=HEX</c>.</summary>
    public static void Sign(HttpRequestMessage request, string json, string secret, DateTimeOffset signedAt)
    {
        var timestamp = signedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{json}"));
        request.Headers.Add("X-Webhook-Timestamp", timestamp);
        request.Headers.Add("X-Webhook-Signature", "sha256=" + Convert.ToHexStringLower(mac));
    }

    public static async Task<string> CreateWebhookSecretAsync(this HttpClient apiClient, string workflowId)
    {
        using var response = await apiClient.PostAsync($"/api/workflows/{workflowId}/webhook-secret", null);
        await response.EnsureSuccessWithBodyAsync();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["secret"]!.GetValue<string>();
    }

    public static async Task<string> ExecutionIdOfAsync(this HttpResponseMessage response)
    {
        await response.EnsureSuccessWithBodyAsync();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["executionId"]!.GetValue<string>();
    }
}
