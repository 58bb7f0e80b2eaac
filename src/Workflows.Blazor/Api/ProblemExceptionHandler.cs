using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Api;

/// <summary>Turns the errors users can cause into RFC 7807 problem details with a message they can act on.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            AppException refused => new ProblemDetails { Status = StatusOf(refused.Kind), Title = refused.Title, Detail = refused.Message },
            WorkflowFormatException format => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Not a valid workflow",
                Detail = format.Message,
                Extensions = { ["path"] = format.Path },
            },
            WorkflowValidationException invalid => new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The workflow has errors",
                Detail = invalid.Message,
                Extensions = { ["findings"] = invalid.Report.ToResponse() },
            },
            BadHttpRequestException { InnerException: JsonException json } => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body does not fit this call",
                Detail = json.Message,
            },
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The one place an application error's kind becomes an HTTP status code.</summary>
    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An error kind without an HTTP status."),
    };
}
