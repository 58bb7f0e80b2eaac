using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Security;

/// <summary>
/// Every API and webhook route the app maps (read from its endpoint table, so new routes are covered without
/// listing them), with existing and unknown ids, fed bodies an attacker would send, as an admin API key.
/// None may answer 5xx, and the process must still answer afterwards.
/// </summary>
public sealed class HostileBodyTests : IDisposable
{
    private const string HookPath = "/webhooks/hostile";
    private const string Unknown = "no-such-id";
    private readonly AppFactory _app = new();

    private static IEnumerable<(string Name, Func<HttpContent?> Body)> HostileBodies()
    {
        var huge = new string('x', 1024 * 1024 - 64);
        yield return ("no body", () => null);
        yield return ("empty", () => Json(""));
        yield return ("malformed", () => Json("""{"name": "x", """));
        yield return ("null", () => Json("null"));
        yield return ("number", () => Json("42"));
        yield return ("string", () => Json("\"s\""));
        yield return ("boolean", () => Json("true"));
        yield return ("array", () => Json("[1, null, {}]"));
        yield return ("empty object", () => Json("{}"));
        yield return ("nulls everywhere", () => Json(ForEveryField(_ => null)));
        yield return ("nulls in lists", () => Json(ForEveryField(_ => new JsonArray(null, null))));
        yield return ("wrong kinds", () => Json(ForEveryField(i => (i % 4) switch { 0 => 42, 1 => "s", 2 => new JsonArray(1), _ => true })));
        yield return ("objects for everything", () => Json(ForEveryField(_ => new JsonObject { ["a"] = new JsonArray() })));
        yield return ("huge string", () => Json(ForEveryField(_ => null).Replace("null", $"\"{huge[..(huge.Length / 24)]}\"")));
        yield return ("one huge string", () => Json($$"""{"name": "{{huge}}"}"""));
        yield return ("deep nesting", () => Json(new string('[', 100_000) + new string(']', 100_000)));
        yield return ("deep objects", () => Json(string.Concat(Enumerable.Repeat("{\"a\":", 20_000)) + "1" + new string('}', 20_000)));
        yield return ("invalid UTF-8", () => new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, 0xFF, (byte)'"', (byte)':', (byte)'1', (byte)'}']) { Headers = { ContentType = new("application/json") } });
        yield return ("text/plain", () => new StringContent("""{"name": "x"}""", Encoding.UTF8, "text/plain"));
        yield return ("form", () => new FormUrlEncodedContent([new("name", "x"), new("ids", "")]));
        yield return ("xml", () => new StringContent("<a><b/></a>", Encoding.UTF8, "application/xml"));
    }

    /// <summary>The field names the API's bodies use, each given a hostile value.</summary>
    private static string ForEveryField(Func<int, JsonNode?> value)
    {
        string[] fields = ["input", "threadId", "subjectId", "testOutputs", "variables", "ids", "type", "data", "decision", "comment", "fields",
            "contactId", "context", "name", "policy", "actions", "steps", "trigger", "connections", "mode", "audience", "startingContext"];
        var body = new JsonObject();
        for (var i = 0; i < fields.Length; i++)
        {
            body[fields[i]] = value(i);
        }
        return body.ToJsonString();
    }

    [Fact]
    public async Task EveryApiRoute_NeverAnswers5xx_ForHostileBodies()
    {
        var api = await _app.CreateApiClientAsync();
        var ids = await ExistingIdsAsync(api);
        var routes = ApiRoutes();
        var failures = new List<string>();
        var calls = 0;

        foreach (var (method, pattern) in routes)
        {
            foreach (var known in new[] { true, false })
            {
                var path = Fill(pattern, known ? ids : null);
                foreach (var (name, body) in HostileBodies())
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body() };
                    using var response = await api.SendAsync(request);
                    calls++;
                    if ((int)response.StatusCode >= 500)
                    {
                        var text = await response.Content.ReadAsStringAsync();
                        failures.Add($"{method} {path} with {name}: {(int)response.StatusCode} {text[..Math.Min(200, text.Length)]}");
                    }
                }
            }
        }

        Assert.True(routes.Count > 20, $"Only {routes.Count} API routes found.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {calls} calls failed:\n{string.Join("\n", failures)}");
        using var after = await api.GetAsync("/api/workflows");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    /// <summary>Each method and route under /api and /webhooks; deletions last, so the other routes still find the existing ids.</summary>
    private List<(string Method, RoutePattern Pattern)> ApiRoutes() =>
        [.. _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api", StringComparison.Ordinal) || raw.StartsWith("/webhooks", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern)))
            .OrderBy(r => r.Method == "DELETE")];

    private async Task<Dictionary<string, string>> ExistingIdsAsync(HttpClient api)
    {
        var workflowId = await api.ImportAsync(TestWorkflows.Webhook(HookPath));
        await api.ActivateAsync(workflowId);
        var executionId = await api.StartRunAsync(workflowId, new { input = new { name = "Ada" } });
        var journeyId = await api.CreateJourneyAsync(new JsonObject
        {
            ["name"] = "Welcome", ["policy"] = "Greet new customers.", ["actions"] = new JsonArray(new JsonObject { ["action"] = "email_send" }),
        });
        return new()
        {
            ["workflows"] = workflowId, ["executions"] = executionId, ["journeys"] = journeyId, ["webhooks"] = HookPath["/webhooks/".Length..],
        };
    }

    /// <summary>The route with its parameters filled: the area's existing id for the first one, unknown ids otherwise.</summary>
    private static string Fill(RoutePattern pattern, Dictionary<string, string>? existing)
    {
        var area = pattern.PathSegments.SelectMany(s => s.Parts).OfType<RoutePatternLiteralPart>().Select(l => l.Content).FirstOrDefault(c => c != "api") ?? "";
        var first = true;
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart => first && existing?.GetValueOrDefault(area) is { } id ? id : Unknown,
                    _ => "",
                });
                first &= part is not RoutePatternParameterPart;
            }
        }
        return path.ToString();
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    public void Dispose() => _app.Dispose();
}
