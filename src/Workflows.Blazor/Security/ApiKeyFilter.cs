namespace Workflows.Blazor.Security;

/// <summary>Lets a request through only with a valid <c>X-Api-Key</c>; otherwise answers 401 as problem details.</summary>
public sealed class ApiKeyFilter(ApiKeys keys) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var key = context.HttpContext.Request.Headers[ApiKeys.HeaderName].ToString();
        if (!await keys.IsValidAsync(key, context.HttpContext.RequestAborted))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "API key required",
                detail: $"Send a valid key in the {ApiKeys.HeaderName} header. Create one in Settings or with: apikey create NAME");
        }
        return await next(context);
    }
}
