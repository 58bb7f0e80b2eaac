using System.Text;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Messaging;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Documents;

/// <summary>
/// Stores a document from text or base64 content; the file goes to disk, its metadata to the database. Text
/// content is rendered as a message: an HTML template escapes its data, and a text template stored as HTML is escaped whole.
/// </summary>
public sealed class CreateDocumentAction(DocumentCommands documents) : IActionHandler
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public ActionDeclaration Declaration { get; } = new("document.create", "Documents and knowledge", "Stores a new document.",
        [
            ActionParameter.Mandatory("name", ParameterType.String, "the file name, e.g. invoice.pdf"),
            ActionParameter.Optional("content", ParameterType.String, "the document's text") with { IsMessage = true, Multiline = true },
            ActionParameter.Optional("contentBase64", ParameterType.String, "or its bytes, base64-encoded"),
            ActionParameter.Optional("contentType", ParameterType.String, "e.g. text/plain (default) or application/pdf"),
            ActionParameter.Optional("sourceProvider", ParameterType.String, "where it came from, e.g. upload or website"),
            ActionParameter.Optional("metadata", ParameterType.Object, "anything else to keep with it"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Store document",
        Synonyms = ["upload file", "save document", "file"],
        Outputs = OutputShapes.Document,
        Aliases = ["document_create"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken) =>
        new(DocumentJson.ToJson(await documents.CreateAsync(invocation.RequireString("name"), invocation.GetString("contentType") ?? "text/plain",
            invocation.GetString("sourceProvider"), invocation.GetObject("metadata"), Content(invocation), invocation.IdempotencyKey, cancellationToken)));

    private static byte[] Content(ActionInvocation invocation)
    {
        byte[] bytes;
        if (invocation.GetString("contentBase64") is { Length: > 0 } base64)
        {
            try
            {
                bytes = Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                throw new StepFailedException("contentBase64 is not valid base64.");
            }
        }
        else
        {
            var content = invocation.GetMessage("content") ?? throw new StepFailedException("Give the document's content or contentBase64.");
            bytes = Encoding.UTF8.GetBytes(IsHtml(invocation.GetString("contentType")) && !content.IsHtml ? HtmlBody.FromText(content) : content.Body);
        }
        return bytes.Length <= MaxBytes ? bytes : throw new StepFailedException($"A document may be at most {MaxBytes / 1024 / 1024} MB.");
    }

    /// <summary>An HTML document written from a text template is that text escaped, so its data cannot become markup.</summary>
    private static bool IsHtml(string? contentType) =>
        contentType is not null && (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/xhtml", StringComparison.OrdinalIgnoreCase));
}
