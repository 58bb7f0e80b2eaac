using System.Net;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Security;

/// <summary>Each role, signed in with a cookie, against each kind of API call. Unknown ids make allowed calls answer 404 without changing anything.</summary>
public sealed class ApiRoleMatrixTests : IClassFixture<AdminSetUpApp>
{
    private readonly AdminSetUpApp _app;

    public ApiRoleMatrixTests(AdminSetUpApp app) => _app = app;

    public static TheoryData<string, string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, string, bool>();
        void Call(string method, string path, bool admin, bool designer, bool reviewer)
        {
            data.Add(method, path, Roles.Admin, admin);
            data.Add(method, path, Roles.Designer, designer);
            data.Add(method, path, Roles.Reviewer, reviewer);
        }
        Call("GET", "/api/workflows", true, true, false);
        Call("GET", "/api/workflows/missing", true, true, false);
        Call("POST", "/api/workflows/missing/publish", true, true, false);
        Call("POST", "/api/workflows/missing/activate", true, true, false);
        Call("POST", "/api/workflows/missing/runs", true, true, false);
        Call("DELETE", "/api/workflows/missing", true, true, false);
        Call("POST", "/api/workflows/missing/webhook-secret", true, false, false);
        Call("GET", "/api/executions/missing", true, true, true);
        Call("POST", "/api/executions/missing/cancel", true, true, false);
        Call("POST", "/api/executions/missing/retry", true, true, false);
        Call("GET", "/api/catalog", true, true, true);
        Call("GET", "/openapi/v1.json", true, true, true);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task ApiCall_IsAllowedOnlyForItsRoles(string method, string path, string role, bool allowed)
    {
        var client = await _app.ClientForAsync(role);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonBody() });

        if (allowed)
        {
            // Allowed calls on unknown ids answer 404 or 409; what matters is that the role got through.
            Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError),
                $"{method} {path} as {role}: {(int)response.StatusCode}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task ApiCall_AnswersUnauthorized_WithoutSignInOrKey(string method, string path, string role, bool allowed)
    {
        _ = (role, allowed);
        var client = _app.Factory.CreateBrowserLikeClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonBody() });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static StringContent JsonBody() => new("{}", System.Text.Encoding.UTF8, "application/json");
}
