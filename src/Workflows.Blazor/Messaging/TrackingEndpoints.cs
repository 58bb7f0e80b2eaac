using Microsoft.AspNetCore.Mvc;

namespace Workflows.Blazor.Messaging;

/// <summary>The public open pixel and click redirect of tracked emails. Recipients are not signed in, so both are anonymous.</summary>
public static class TrackingEndpoints
{
    /// <summary>A transparent 1×1 GIF.</summary>
    private static readonly byte[] Pixel = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    public static IEndpointRouteBuilder MapTracking(this IEndpointRouteBuilder app)
    {
        app.MapGet("/t/o/{token}.gif", async (string token, TrackingRecorder recorder, HttpContext http, CancellationToken ct) =>
        {
            await recorder.RecordOpenAsync(token, ct);
            http.Response.Headers.CacheControl = "no-store, no-cache, must-revalidate";
            return Results.File(Pixel, "image/gif");
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/t/c/{token}", async (string token, [FromQuery(Name = "u")] string? url, [FromQuery(Name = "s")] string? signature,
            TrackingKeys keys, TrackingRecorder recorder, CancellationToken ct) =>
        {
            if (url is null || !TrackingSignature.Verify(await keys.GetAsync(ct), token, url, signature)
                || !Uri.TryCreate(url, UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https"))
            {
                return Results.Text("This link is not one this app sent.", statusCode: StatusCodes.Status400BadRequest);
            }
            await recorder.RecordClickAsync(token, url, ct);
            return Results.Redirect(url);
        }).AllowAnonymous().ExcludeFromDescription();

        return app;
    }
}
