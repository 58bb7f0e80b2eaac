using Workflows.Engine.Model;

namespace Workflows.Blazor.Api;

internal static class RequestBody
{
    public const long MaxWorkflowBytes = 2 * 1024 * 1024;

    /// <summary>Reads a workflow document from the body, refusing oversized ones before reading them.</summary>
    public static async Task<WorkflowDefinition> ReadWorkflowAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxWorkflowBytes)
        {
            throw new BadHttpRequestException($"A workflow may be at most {MaxWorkflowBytes / 1024 / 1024} MB.", StatusCodes.Status413PayloadTooLarge);
        }
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        return WorkflowJson.Parse(text);
    }
}
