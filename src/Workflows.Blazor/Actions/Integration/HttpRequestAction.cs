using Workflows.Engine.Model;
using static Workflows.Engine.Model.DataField;
using Workflows.Blazor.Security.Outbound;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Integration;

/// <summary>
/// <c>http_request</c>: calls an HTTP API and outputs <c>{ status, ok, headers, body }</c>. Every connection
/// and redirect passes the SSRF guard. A status outside 200-299 fails the step (so its error port handles it,
/// as n8n users expect) unless <c>failOnError</c> is false.
/// </summary>
public sealed class HttpRequestAction(IHttpClientFactory clients) : IActionHandler
{
    public const string ClientName = "integration.http_request";

    public ActionDeclaration Declaration { get; } = new(
        "http_request", "Integrations", "Calls an HTTP API and outputs its status, headers and body (parsed when JSON).",
        [
            ActionParameter.Mandatory("url", ParameterType.String, "The http or https URL to call."),
            ActionParameter.Optional("method", ParameterType.String, "GET (the default), POST, PUT, PATCH, DELETE, HEAD or OPTIONS."),
            ActionParameter.Optional("headers", ParameterType.Object, "Request headers as name: value; write keys and tokens as {{secrets.name}}."),
            ActionParameter.Optional("body", ParameterType.Any, "An object or list is sent as JSON, text as text/plain."),
            ActionParameter.Optional("timeoutSeconds", ParameterType.Number,
                $"Seconds the whole call may take: {HttpRequestParameters.DefaultTimeoutSeconds} by default, at most {HttpRequestParameters.MaxTimeoutSeconds}."),
            ActionParameter.Optional("failOnError", ParameterType.Boolean,
                "true (the default): a status outside 200-299 fails the step and takes its error port; false: the step succeeds with ok = false."),
        ])
    {
        Effect = Effect.CallsOut,
        Label = "Call an API",
        Synonyms = ["http", "webhook", "rest", "api", "url", "integration", "post", "request"],
        Outputs = [Number("status", "Status code", "200"), Boolean("ok", "Succeeded", "true"), Object("headers", "Headers", []), new DataField("body", DataType.Any, "Response")],
        Aliases = ["integration.http_request", "http.request"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var parameters = HttpRequestParameters.From(invocation);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // A network wait is wall-clock time, so this timeout does not follow the app's TimeProvider.
        timeout.CancelAfter(parameters.Timeout);
        try
        {
            using var request = parameters.ToMessage(invocation.IdempotencyKey);
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var output = await HttpResponseOutput.ReadAsync(response, timeout.Token);
            if (parameters.FailOnError && !response.IsSuccessStatusCode)
            {
                throw new StepFailedException(HttpFailureMessages.ForStatus(parameters, response, output["body"]));
            }
            return new ActionResult(output);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new StepFailedException(HttpFailureMessages.ForTimeout(parameters));
        }
        catch (OutboundRefusedException refused)
        {
            throw new StepFailedException(refused.Message);
        }
        catch (HttpRequestException failure)
        {
            throw new StepFailedException(HttpFailureMessages.ForFailure(parameters, failure));
        }
    }
}
