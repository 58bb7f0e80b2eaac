using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Workflows.Engine.Common;

namespace Workflows.Blazor.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// Request bodies are held to their contracts (non-null fields present, no nulls in lists) and every binding
    /// failure is thrown, in every environment, so the problem handler answers it as a 400 that says what is wrong.
    /// </summary>
    public static IServiceCollection AddApiBodyRules(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(options => options.SerializerOptions.TypeInfoResolver =
            (options.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(NullableAnnotationContract.Enforce));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
