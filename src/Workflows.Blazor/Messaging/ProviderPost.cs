using Workflows.Blazor.Security.Outbound;

namespace Workflows.Blazor.Messaging;

/// <summary>
/// Posts a message as JSON to an HTTP provider (SMS, push) with its auth header, and turns every way the
/// provider can fail into a <see cref="MessageRefusedException"/> naming the provider.
/// </summary>
internal static class ProviderPost
{
    public static async Task SendAsync(
        HttpClient client, string url, string header, string? auth, object payload, string provider, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(payload) };
        if (auth is { Length: > 0 })
        {
            request.Headers.TryAddWithoutValidation(header, auth);
        }
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var answer = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new MessageRefusedException($"The {provider} answered {(int)response.StatusCode} {response.ReasonPhrase}: {Shorten(answer)}");
            }
        }
        catch (HttpRequestException wrapped) when (wrapped.InnerException is OutboundRefusedException refused)
        {
            throw new MessageRefusedException($"The {provider}'s address is not allowed: {refused.Message}", refused);
        }
        catch (HttpRequestException unreachable)
        {
            throw new MessageRefusedException($"Could not reach the {provider}: {unreachable.Message}", unreachable);
        }
        catch (TaskCanceledException timeout) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MessageRefusedException($"The {provider} did not answer in time.", timeout);
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
